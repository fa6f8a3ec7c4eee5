using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>De gevoeligheid van één jaar voor het landelijke aantal.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="EigenAantal">Het eigen aantal op 31 december.</param>
/// <param name="LandelijkAantal">Het veronderstelde landelijke aantal.</param>
/// <param name="Varianten">Per wijziging van het landelijke aantal: het aantal, het definitieve bedrag en het tekort.</param>
/// <param name="TekortNul">Waar het tekort nul wordt.</param>
public sealed record YearSensitivityResponse(int Jaar, long EigenAantal, long LandelijkAantal, IReadOnlyList<SensitivityVariantResponse> Varianten, BreakEvenResponse TekortNul)
{
    internal static YearSensitivityResponse Of(YearSensitivity s) => new(
        s.Year,
        s.OwnCount,
        s.BaseNationalCount,
        s.Variants.Select(v => new SensitivityVariantResponse(v.ChangePercent, v.NationalCount, Euros.Of(v.Definitive), Euros.Of(v.Shortfall))).ToArray(),
        new BreakEvenResponse(
            s.BreakEven.Kind switch { BreakEvenKind.Reached => "bereikt", BreakEvenKind.NeverReached => "nooit", _ => "altijd" },
            s.BreakEven.NationalCount,
            s.BreakEven.Explanation));
}
