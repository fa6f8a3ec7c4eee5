namespace Onderwijsroute.Funding.Scenarios;

/// <summary>
/// A gemeente whose position flips between surplus and gap (Dutch: <em>omslag tekort/overschot</em>) in a run compared
/// with the first run. A gap is cost above income; a gap of exactly zero counts as no gap.
/// </summary>
/// <param name="Code">The gemeente.</param>
/// <param name="Name">Its name.</param>
/// <param name="Run">The position of the run (1 … n−1) whose position differs from run 0.</param>
/// <param name="Year">The year, or <c>null</c> for the total over the compared years.</param>
/// <param name="FirstGap">The gap in the first run.</param>
/// <param name="Gap">The gap in this run.</param>
public sealed record PositionFlip(MunicipalityCode Code, string Name, int Run, int? Year, Money FirstGap, Money Gap)
{
    /// <summary>Whether the gemeente has a gap in this run but not in the first.</summary>
    public bool BecomesShort => Gap.Cents > 0;
}
