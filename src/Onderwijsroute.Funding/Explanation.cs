using NodaTime;
using Onderwijsroute.Funding.Parameters;

namespace Onderwijsroute.Funding;

/// <summary>
/// Why a result is what it is (Dutch: <em>toelichting</em>): the parameter version and overrides, every parameter
/// value used with its status and source, the peildatums and the counts.
/// </summary>
public sealed class Explanation
{
    internal Explanation(string parameterVersion, IReadOnlyList<ParameterOverride> overrides, IReadOnlyList<ResolvedParameter> parameters, IReadOnlyList<ExplainedDate> dates, IReadOnlyList<ExplainedCount> counts, IReadOnlyList<string> notes)
    {
        ParameterVersion = parameterVersion;
        Overrides = overrides;
        Parameters = parameters;
        Dates = dates;
        Counts = counts;
        Notes = notes;
    }

    /// <summary>The parameter version (content hash of parameters and overrides) that produced the result.</summary>
    public string ParameterVersion { get; }

    /// <summary>The overrides in force.</summary>
    public IReadOnlyList<ParameterOverride> Overrides { get; }

    /// <summary>Every parameter value the calculation used.</summary>
    public IReadOnlyList<ResolvedParameter> Parameters { get; }

    /// <summary>The peildatums used.</summary>
    public IReadOnlyList<ExplainedDate> Dates { get; }

    /// <summary>The counts and totals used.</summary>
    public IReadOnlyList<ExplainedCount> Counts { get; }

    /// <summary>Remarks in Dutch (e.g. an earlier peildatum that stood in).</summary>
    public IReadOnlyList<string> Notes { get; }
}

/// <summary>A peildatum a calculation used.</summary>
/// <param name="Name">What the date is (Dutch), e.g. <c>peildatumInwoners</c>.</param>
/// <param name="Date">The date.</param>
public sealed record ExplainedDate(string Name, LocalDate Date);

/// <summary>A count a calculation used.</summary>
/// <param name="Name">What was counted (Dutch), e.g. <c>totaalInwoners</c>.</param>
/// <param name="Value">The count.</param>
public sealed record ExplainedCount(string Name, long Value);

/// <summary>Collects the parts of an <see cref="Explanation"/> while a calculation runs.</summary>
internal sealed class ExplanationBuilder(ParameterCatalogue catalogue)
{
    // The lists keep the order of first use; the sets answer "seen already?" without a scan (a forecast includes the
    // same parameters and notes once per gemeente and year). Parameters are compared by instance first (the catalogue
    // shares one entry per value and year), and by value only the first time an instance is seen.
    private readonly List<ResolvedParameter> _parameters = [];
    private readonly HashSet<ResolvedParameter> _parameterSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<ExplainedDate> _dates = [];
    private readonly List<ExplainedCount> _counts = [];
    private readonly List<string> _notes = [];
    private readonly HashSet<string> _noteSet = new(StringComparer.Ordinal);

    public ParameterCatalogue Catalogue => catalogue;

    public ParameterValue ForYear(string schemeId, string parameterName, int year)
    {
        var resolved = catalogue.ForYear(schemeId, parameterName, year);
        Use(resolved);
        return resolved.Value;
    }

    public void Use(ResolvedParameter parameter)
    {
        if (_parameterSet.Add(parameter) && !_parameters.Contains(parameter))
        {
            _parameters.Add(parameter);
        }
    }

    public void Date(string name, LocalDate date) => _dates.Add(new ExplainedDate(name, date));

    public void Count(string name, long value) => _counts.Add(new ExplainedCount(name, value));

    public void Note(string note)
    {
        _noteSet.Add(note);
        _notes.Add(note);
    }

    /// <summary>Takes over another result's parameters, dates, counts (names prefixed, e.g. with a gemeente code) and notes.</summary>
    public void Include(Explanation other, string? prefix = null)
    {
        foreach (var parameter in other.Parameters)
        {
            Use(parameter);
        }

        foreach (var date in other.Dates)
        {
            if (!_dates.Contains(date))
            {
                _dates.Add(date);
            }
        }

        foreach (var count in other.Counts)
        {
            _counts.Add(prefix is null ? count : count with { Name = prefix + "." + count.Name });
        }

        foreach (var note in other.Notes)
        {
            if (_noteSet.Add(note))
            {
                _notes.Add(note);
            }
        }
    }

    public Explanation Build() => new(catalogue.Version, catalogue.Overrides, _parameters.ToArray(), _dates.ToArray(), _counts.ToArray(), _notes.ToArray());
}
