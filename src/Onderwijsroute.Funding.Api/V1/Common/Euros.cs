namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>Amounts as the contract writes them: euros as a JSON number with at most two decimals, exact.</summary>
internal static class Euros
{
    /// <summary>The amount in euros; whole euros carry no decimals (<c>216013</c>, not <c>216013.00</c>).</summary>
    /// <param name="money">The amount.</param>
    public static decimal Of(Money money) => money.Cents % 100 == 0 ? money.Cents / 100 : money.Cents / 100m;
}
