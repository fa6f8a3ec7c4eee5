namespace Onderwijsroute.Funding;

/// <summary>
/// An exact amount of euros (Dutch: <em>bedrag</em>), held as a whole number of cents.
/// There is no conversion from or to <see cref="double"/>: public money is never approximated.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private const long CentsPerEuro = 100;

    private Money(long cents) => Cents = cents;

    /// <summary>The amount in cents.</summary>
    public long Cents { get; }

    /// <summary>The amount in euros, exact.</summary>
    public decimal Euros => Cents / (decimal)CentsPerEuro;

    /// <summary>Zero euros.</summary>
    public static Money Zero => default;

    /// <summary>Whether the amount is a whole number of euros.</summary>
    public bool IsWholeEuros => Cents % CentsPerEuro == 0;

    /// <summary>Creates an amount from whole cents.</summary>
    /// <param name="cents">The number of cents; may be negative (a recovery).</param>
    public static Money FromCents(long cents) => new(cents);

    /// <summary>Creates an amount from whole euros.</summary>
    /// <param name="euros">The number of euros.</param>
    public static Money FromEuros(long euros) => new(checked(euros * CentsPerEuro));

    /// <summary>Creates an amount from a decimal number of euros that has at most two decimals.</summary>
    /// <param name="euros">The euros; more than two decimals is rejected rather than rounded.</param>
    /// <exception cref="ArgumentException">The value has more than two decimals.</exception>
    /// <exception cref="OverflowException">The value does not fit in cents.</exception>
    public static Money FromEuros(decimal euros)
    {
        var cents = euros * CentsPerEuro;
        if (cents != decimal.Truncate(cents))
        {
            throw new ArgumentException($"Amount {euros} has more than two decimals.", nameof(euros));
        }

        return new Money(decimal.ToInt64(cents));
    }

    /// <summary>Tries to create an amount from euros with at most two decimals.</summary>
    /// <param name="euros">The euros.</param>
    /// <param name="money">The amount when the result is <c>true</c>.</param>
    /// <returns>Whether <paramref name="euros"/> is representable exactly.</returns>
    public static bool TryFromEuros(decimal euros, out Money money)
    {
        money = default;
        if (decimal.Abs(euros) > long.MaxValue / CentsPerEuro / 10)
        {
            return false;
        }

        var cents = euros * CentsPerEuro;
        if (cents != decimal.Truncate(cents))
        {
            return false;
        }

        money = new Money(decimal.ToInt64(cents));
        return true;
    }

    /// <summary>Adds two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    /// <summary>Subtracts two amounts.</summary>
    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(checked(-value.Cents));

    /// <summary>Multiplies an amount by a whole count.</summary>
    public static Money operator *(Money value, long count) => new(checked(value.Cents * count));

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    /// <summary>Equality of amounts.</summary>
    public static bool operator ==(Money left, Money right) => left.Cents == right.Cents;

    /// <summary>Inequality of amounts.</summary>
    public static bool operator !=(Money left, Money right) => left.Cents != right.Cents;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money left, Money right) => left.Cents >= right.Cents ? left : right;

    /// <inheritdoc />
    public bool Equals(Money other) => Cents == other.Cents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Cents.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    /// <summary>The amount as invariant text with two decimals, e.g. <c>EUR 15900000.00</c>.</summary>
    public override string ToString() => "EUR " + Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
