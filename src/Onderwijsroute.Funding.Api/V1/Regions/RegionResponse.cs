using Onderwijsroute.Funding.Api.V1.Municipalities;

namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>Een arbeidsmarktregio met centrumgemeente, gemeenten en aanbod van de onderwijsroute.</summary>
/// <param name="Code">De CBS-code, bijvoorbeeld AM18.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Centrumgemeente">De centrumgemeente die de regio coördineert.</param>
/// <param name="Gemeenten">De gemeenten van de regio, op code.</param>
/// <param name="Aanbod">Het aanbod van de onderwijsroute per niveau, of null als het onderzoek de regio niet noemt.</param>
/// <param name="Inwoners">De inwoners van de regio per peildatum (som over de gemeenten).</param>
public sealed record RegionResponse(string Code, string Naam, CentralMunicipalityResponse Centrumgemeente, IReadOnlyList<MemberResponse> Gemeenten, OfferResponse? Aanbod, IReadOnlyList<InhabitantsResponse> Inwoners)
{
    /// <summary>The seven levels of the onderwijsroute and the level group the 2023 report gives a status for.</summary>
    private static readonly (string Level, string Group)[] Levels =
    [
        ("mbo2", "mbo"), ("mbo3", "mbo"), ("mbo4", "mbo"),
        ("hbo-mei", "hbo"), ("hbo-ntg", "hbo"),
        ("wo-mei", "wo"), ("wo-ntg", "wo"),
    ];

    internal static RegionResponse Of(LabourMarketRegion region, ReferenceDataSet data)
    {
        var offer = data.FindOffer(region.Code);
        return new RegionResponse(
            region.Code.Value,
            region.Name,
            new CentralMunicipalityResponse(region.CentralMunicipality.Value, data.FindMunicipality(region.CentralMunicipality)!.Name, region.CentralMunicipalitySource),
            region.Members.Select(m => new MemberResponse(m.Value, data.FindMunicipality(m)!.Name)).ToArray(),
            offer is null ? null : new OfferResponse(
                offer.ReferenceDate.ToDateOnly(),
                Levels.Select(l => new LevelOfferResponse(l.Level, l.Group, EducationRouteOffer.DutchName(l.Group switch
                {
                    "mbo" => offer.Mbo,
                    "hbo" => offer.Hbo,
                    _ => offer.Wo,
                }))).ToArray(),
                offer.Remark,
                data.Metadata.Sources.GetValueOrDefault("aanbod", string.Empty)),
            data.PopulationDates.Select(d => new InhabitantsResponse(d.ToDateOnly(), data.RegionInhabitants(region.Code, d))).ToArray());
    }
}
