using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>De verwachte verrekening van de SPUK onderwijsroute voor een jaar.</summary>
/// <param name="Regeling">De regeling.</param>
/// <param name="Voorschot">Het voorschot naar inwoners.</param>
/// <param name="Definitief">Het verwachte definitieve bedrag: het budget verdeeld naar het eigen aantal op 31 december en de rest van het land.</param>
/// <param name="Verschil">definitief − voorschot: positief een nabetaling, negatief een terugvordering.</param>
/// <param name="EigenAantal">De eigen deelnemers in de onderwijsroute op 31 december.</param>
/// <param name="LandelijkAantal">Het landelijke aantal: opgegeven, of uit de landelijke projectie.</param>
/// <param name="Betaaljaar">Het jaar van de verrekening.</param>
/// <param name="Betaalmaand">De maand van de verrekening.</param>
/// <param name="Toelichting">Parameters, aantallen en peildata.</param>
/// <param name="BedragPerPersoon">Het budget per landelijk getelde persoon (budget / landelijkAantal, op centen): wat één deelnemer op 31 december uit de pot brengt.</param>
public sealed record ExpectedSettlementResponse(string Regeling, decimal Voorschot, decimal Definitief, decimal Verschil, long EigenAantal, long LandelijkAantal, int Betaaljaar, int Betaalmaand, ExplanationResponse Toelichting, decimal BedragPerPersoon)
{
    internal static ExpectedSettlementResponse Of(ExpectedSettlement s) =>
        new(s.SchemeId, Euros.Of(s.Advance), Euros.Of(s.Definitive), Euros.Of(s.Difference), s.OwnCount, s.NationalCount, s.SettlementYear, s.SettlementMonth, ExplanationResponse.Of(s.Explanation), Euros.Of(s.AmountPerPerson));
}
