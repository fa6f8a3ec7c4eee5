namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// A funding stream with its legal basis and parameters (Dutch: <em>regeling</em>), as read from its parameter file;
/// or, when <see cref="Kind"/> is <see cref="SchemeKind.Assumptions"/>, a set of dated assumptions that is not a
/// funding stream (e.g. the defaults of a forecast), kept in the same strict format so that it is versioned alike.
/// </summary>
public sealed class SchemeDefinition
{
    private readonly Dictionary<string, ParameterDefinition> _byName;

    internal SchemeDefinition(string id, SchemeKind kind, string name, string description, string legalBasis, int firstYear, int lastYear, IReadOnlyList<ParameterDefinition> parameters)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Description = description;
        LegalBasis = legalBasis;
        FirstYear = firstYear;
        LastYear = lastYear;
        Parameters = parameters;
        _byName = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The stable id, e.g. <c>spuk-onderwijsroute-2023</c>.</summary>
    public string Id { get; }

    /// <summary>Whether the file is a regeling or a set of assumptions (the file's optional <c>kind</c>).</summary>
    public SchemeKind Kind { get; }

    /// <summary>Whether this is a funding stream (<c>regeling</c>) rather than a set of assumptions.</summary>
    public bool IsFundingScheme => Kind == SchemeKind.FundingScheme;

    /// <summary>The Dutch name.</summary>
    public string Name { get; }

    /// <summary>What the scheme pays for and how, in Dutch.</summary>
    public string Description { get; }

    /// <summary>The legal basis (Dutch: <em>grondslag</em>).</summary>
    public string LegalBasis { get; }

    /// <summary>The first budget year the scheme covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last budget year the scheme covers.</summary>
    public int LastYear { get; }

    /// <summary>The parameters, ordered by name.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; }

    /// <summary>Whether the scheme covers a budget year.</summary>
    /// <param name="year">The year.</param>
    public bool CoversYear(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Finds a parameter by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The parameter, or <c>null</c>.</returns>
    public ParameterDefinition? FindParameter(string name) => _byName.GetValueOrDefault(name);
}
