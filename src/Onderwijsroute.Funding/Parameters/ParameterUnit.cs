namespace Onderwijsroute.Funding.Parameters;

/// <summary>The kind of value a parameter holds (Dutch: <em>eenheid</em>).</summary>
public enum ParameterUnit
{
    /// <summary>An amount in euros with at most two decimals (<c>euro</c>).</summary>
    Euro,

    /// <summary>A whole number (<c>aantal</c>).</summary>
    Count,

    /// <summary>A number of years (<c>jaren</c>).</summary>
    Years,

    /// <summary>An exact decimal fraction, e.g. an indexation of 0.0378 (<c>fractie</c>).</summary>
    Fraction,

    /// <summary>A word from a fixed vocabulary, e.g. a distribution key (<c>tekst</c>).</summary>
    Text,
}
