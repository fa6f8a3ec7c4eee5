namespace Onderwijsroute.Funding;

/// <summary>A peildatum a calculation used.</summary>
/// <param name="Name">What the date is (Dutch), e.g. <c>peildatumInwoners</c>.</param>
/// <param name="Date">The date.</param>
public sealed record ExplainedDate(string Name, LocalDate Date);
