using NodaTime.Text;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// The small exact arithmetic a parameter file writes beside a computed value, so that the loader can recompute it:
/// decimal numbers, <c>+ - * /</c>, <c>^</c> with a whole exponent, brackets, <c>round(x, digits)</c> (halves away from
/// zero), <c>root(x, n)</c> (the n-th root, to 28 digits), and <c>[parameter@2024]</c> for another value of the same
/// file (the one in force on 1 January 2024; a full date may be given instead of a year).
/// Example: <c>[totaalbudget@2023] - [budget@2024] - [budget@2025]</c>.
/// </summary>
internal sealed class ParameterFormula
{
    private const int MaxExponent = 100;
    private readonly string _text;
    private readonly Func<string, LocalDate, decimal?> _lookup;
    private int _at;

    private ParameterFormula(string text, Func<string, LocalDate, decimal?> lookup)
    {
        _text = text;
        _lookup = lookup;
    }

    /// <summary>Evaluates a formula.</summary>
    /// <param name="text">The formula.</param>
    /// <param name="lookup">The number of a parameter on a date, or <c>null</c> when there is none.</param>
    /// <param name="result">The result when the answer is <c>true</c>.</param>
    /// <param name="problem">Why the formula cannot be evaluated, when the answer is <c>false</c>.</param>
    public static bool TryEvaluate(string text, Func<string, LocalDate, decimal?> lookup, out decimal result, out string? problem)
    {
        var formula = new ParameterFormula(text, lookup);
        result = 0;
        problem = null;
        try
        {
            result = formula.Expression();
            formula.SkipSpaces();
            if (formula._at < text.Length)
            {
                throw formula.Fail($"unexpected '{text[formula._at]}'");
            }

            return true;
        }
        catch (FormatException e)
        {
            problem = e.Message;
        }
        catch (OverflowException)
        {
            problem = "the result is too large";
        }
        catch (DivideByZeroException)
        {
            problem = "division by zero";
        }

        return false;
    }

    private decimal Expression()
    {
        var value = Term();
        while (true)
        {
            if (Accept('+'))
            {
                value += Term();
            }
            else if (Accept('-'))
            {
                value -= Term();
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Term()
    {
        var value = Power();
        while (true)
        {
            if (Accept('*'))
            {
                value *= Power();
            }
            else if (Accept('/'))
            {
                value /= Power();
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Power()
    {
        var value = Unary();
        if (!Accept('^'))
        {
            return value;
        }

        var exponent = Number();
        if (exponent != decimal.Truncate(exponent) || exponent < 0 || exponent > MaxExponent)
        {
            throw Fail($"the exponent must be a whole number from 0 to {MaxExponent}");
        }

        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private decimal Unary() => Accept('-') ? -Unary() : Primary();

    private decimal Primary()
    {
        SkipSpaces();
        if (Accept('('))
        {
            var value = Expression();
            Expect(')');
            return value;
        }

        if (Accept('['))
        {
            return Reference();
        }

        if (_at < _text.Length && char.IsAsciiLetter(_text[_at]))
        {
            return Function();
        }

        return Number();
    }

    private decimal Function()
    {
        var start = _at;
        while (_at < _text.Length && char.IsAsciiLetter(_text[_at]))
        {
            _at++;
        }

        var name = _text[start.._at];
        Expect('(');
        var x = Expression();
        Expect(',');
        var n = Expression();
        Expect(')');
        if (n != decimal.Truncate(n))
        {
            throw Fail($"the second argument of {name} must be a whole number");
        }

        return name switch
        {
            "round" when n is >= 0 and <= 10 => decimal.Round(x, (int)n, MidpointRounding.AwayFromZero),
            "root" when n >= 1 && x >= 0 => Root(x, (int)n),
            "round" or "root" => throw Fail($"{name}({x}, {n}) is outside its domain"),
            _ => throw Fail($"unknown function '{name}' (round, root)"),
        };
    }

    /// <summary>The n-th root by Newton's method in decimal, started from the double estimate.</summary>
    private static decimal Root(decimal x, int n)
    {
        if (x == 0 || n == 1)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1.0 / n);
        for (var i = 0; i < 100; i++)
        {
            var next = (((n - 1) * y) + (x / Pow(y, n - 1))) / n;
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }

    private static decimal Pow(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private decimal Reference()
    {
        var close = _text.IndexOf(']', _at);
        if (close < 0)
        {
            throw Fail("'[' without ']'");
        }

        var parts = _text[_at..close].Split('@', StringSplitOptions.TrimEntries);
        _at = close + 1;
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw Fail("a reference is written [parameter@2024] or [parameter@2024-01-01]");
        }

        var date = parts[1].Length == 4 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? new LocalDate(year, 1, 1)
            : LocalDatePattern.Iso.Parse(parts[1]) is { Success: true } parsed ? parsed.Value : throw Fail($"'{parts[1]}' is neither a year nor a date");
        return _lookup(parts[0], date) ?? throw Fail($"[{parts[0]}@{parts[1]}] has no number in this file");
    }

    private decimal Number()
    {
        SkipSpaces();
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.'))
        {
            _at++;
        }

        return decimal.TryParse(_text.AsSpan(start, _at - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Fail(start < _text.Length ? $"expected a number at '{_text[start..]}'" : "the formula ends too early");
    }

    private bool Accept(char c)
    {
        SkipSpaces();
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Accept(c))
        {
            throw Fail($"expected '{c}'");
        }
    }

    private void SkipSpaces()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private FormatException Fail(string message) => new($"formula '{_text}': {message}");
}
