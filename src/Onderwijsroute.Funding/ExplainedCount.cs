namespace Onderwijsroute.Funding;

/// <summary>A count a calculation used.</summary>
/// <param name="Name">What was counted (Dutch), e.g. <c>totaalInwoners</c>.</param>
/// <param name="Value">The count.</param>
public sealed record ExplainedCount(string Name, long Value);
