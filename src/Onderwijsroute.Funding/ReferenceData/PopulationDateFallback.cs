namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>What to do when no population figure exists for the asked peildatum.</summary>
public enum PopulationDateFallback
{
    /// <summary>Only the exact peildatum is accepted; anything else is an explicit error.</summary>
    Exact,

    /// <summary>Use the latest earlier peildatum that has figures (only when the caller asks for it).</summary>
    LatestEarlier,
}
