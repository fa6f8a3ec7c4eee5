using Onderwijsroute.Funding.Forecasts;

namespace Onderwijsroute.Funding.Api.V1.Forecasts;

/// <summary>
/// Het startpunt van een gemeente: haar deel naar inwoners van de landelijke projectie, per jaar van huisvesting en als
/// starters per startjaar en niveau met hun huisvestingsjaar, klaar om als 'starters' in een prognose te gebruiken.
/// </summary>
/// <param name="GemeenteCode">De gemeente.</param>
/// <param name="Naam">Haar naam.</param>
/// <param name="Projectievariant">De variant van de landelijke projectie (laag, centraal, hoog).</param>
/// <param name="PeildatumInwoners">De peildatum van de inwoners waarnaar de landelijke instroom is verdeeld.</param>
/// <param name="Inwoners">De inwoners van de gemeente op die datum.</param>
/// <param name="InwonersLandelijk">De inwoners van alle gemeenten op die datum.</param>
/// <param name="Jaren">Per jaar van huisvesting: de landelijke instroom en het deel van de gemeente, naar startjaar.</param>
/// <param name="Starters">De starters per startjaar en niveau, met hun huisvestingsjaar.</param>
/// <param name="Toelichting">De parameters (met status en bron) en de regel achter het startpunt.</param>
public sealed record StartingPointResponse(
    string GemeenteCode,
    string Naam,
    string Projectievariant,
    DateOnly PeildatumInwoners,
    long Inwoners,
    long InwonersLandelijk,
    IReadOnlyList<StartingPointYearResponse> Jaren,
    IReadOnlyList<StartingPointStarterResponse> Starters,
    ExplanationResponse Toelichting)
{
    internal static StartingPointResponse Of(StartingPoint p) => new(
        p.Municipality.Value,
        p.Name,
        p.Variant,
        p.PopulationDate.ToDateOnly(),
        p.Inhabitants,
        p.NationalInhabitants,
        p.Years.Select(y => new StartingPointYearResponse(y.HousingYear, y.NationalInflow, y.Housed, y.StartingSameYear, y.StartingNextYear)).ToArray(),
        p.Starters.Select(s => new StartingPointStarterResponse(s.Year, s.Level.ToDutch(), s.Count, s.HousingYear!.Value)).ToArray(),
        ExplanationResponse.Of(p.Explanation));
}
