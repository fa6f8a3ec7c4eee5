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
