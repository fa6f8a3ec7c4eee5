using Onderwijsroute.Funding.Api.V1.Municipalities;
using Onderwijsroute.Funding.ReferenceData;

namespace Onderwijsroute.Funding.Api.V1.Regions;

/// <summary>Alle arbeidsmarktregio's.</summary>
/// <param name="GemeentelijkeIndeling">Het jaar van de CBS-indeling.</param>
/// <param name="Aantal">Het aantal arbeidsmarktregio's.</param>
/// <param name="Bron">De bron van de indeling en de centrumgemeenten.</param>
/// <param name="Arbeidsmarktregios">De arbeidsmarktregio's, op code.</param>
public sealed record RegionListResponse(int GemeentelijkeIndeling, int Aantal, string Bron, IReadOnlyList<RegionResponse> Arbeidsmarktregios);

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

/// <summary>De centrumgemeente van een arbeidsmarktregio.</summary>
/// <param name="Code">De gemeentecode.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Bron">Waar de aanwijzing als centrumgemeente vandaan komt.</param>
public sealed record CentralMunicipalityResponse(string Code, string Naam, string Bron);

/// <summary>Een gemeente van de regio.</summary>
/// <param name="Code">De gemeentecode.</param>
/// <param name="Naam">De naam.</param>
public sealed record MemberResponse(string Code, string Naam);

/// <summary>Het aanbod van de onderwijsroute in de regio op een peildatum.</summary>
/// <param name="Peildatum">De peildatum van de status.</param>
/// <param name="Niveaus">De status per niveau.</param>
/// <param name="Toelichting">De toelichting uit het onderzoek, of null.</param>
/// <param name="Bron">De bron.</param>
public sealed record OfferResponse(DateOnly Peildatum, IReadOnlyList<LevelOfferResponse> Niveaus, string? Toelichting, string Bron);

/// <summary>De status van het aanbod voor één niveau.</summary>
/// <param name="Niveau">mbo2, mbo3, mbo4, hbo-mei, hbo-ntg, wo-mei of wo-ntg.</param>
/// <param name="Niveaugroep">De groep (mbo, hbo, wo) waarvoor de bron de status geeft; de niveaus van een groep delen die status.</param>
/// <param name="Status">gecontracteerd, maatwerk, geen of onbekend.</param>
public sealed record LevelOfferResponse(string Niveau, string Niveaugroep, string Status);
