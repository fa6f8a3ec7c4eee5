using NodaTime;

namespace Onderwijsroute.Funding.Api.V1.Common;

/// <summary>The fields the advance and the settlement request share, read the same way (see <see cref="Shape"/>).</summary>
internal static class CappedCalculationFields
{
    /// <summary>Whether both the regeling and the year are there; adds an error for each one that is not.</summary>
    public static bool SchemeAndYear(string? scheme, int? year, InputErrorsBuilder errors) =>
        Shape.Required(scheme, "regeling", "het id van de regeling", errors) & Shape.Required(year, "jaar", "het begrotingsjaar", errors);

    /// <summary>An optional budget: whole cents, at most <see cref="Shape.MaxBudget"/>.</summary>
    public static Money? Budget(decimal? budget, InputErrorsBuilder errors) =>
        Shape.Amount(budget, string.Empty, -1, "budget", "Het budget", Shape.MaxBudget, errors, required: false);

    public static LocalDate? PopulationDate(DateOnly? date) => date is { } given ? LocalDate.FromDateOnly(given) : null;

    public static PopulationDateFallback Fallback(bool? fallBack) => fallBack == true ? PopulationDateFallback.LatestEarlier : PopulationDateFallback.Exact;
}
