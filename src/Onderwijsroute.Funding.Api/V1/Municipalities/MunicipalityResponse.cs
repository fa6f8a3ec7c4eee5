namespace Onderwijsroute.Funding.Api.V1.Municipalities;

/// <summary>Een gemeente met provincie, arbeidsmarktregio en inwoners per peildatum.</summary>
/// <param name="Code">De CBS-gemeentecode, bijvoorbeeld GM0363.</param>
/// <param name="Naam">De naam.</param>
/// <param name="ProvincieCode">De CBS-code van de provincie, bijvoorbeeld PV27.</param>
/// <param name="Provincie">De naam van de provincie.</param>
/// <param name="ArbeidsmarktregioCode">De arbeidsmarktregio, bijvoorbeeld AM18.</param>
/// <param name="Inwoners">Het aantal inwoners per peildatum (CBS, 1 januari).</param>
public sealed record MunicipalityResponse(string Code, string Naam, string ProvincieCode, string Provincie, string ArbeidsmarktregioCode, IReadOnlyList<InhabitantsResponse> Inwoners)
{
    internal static MunicipalityResponse Of(Municipality municipality, ReferenceDataSet data) => new(
        municipality.Code.Value,
        municipality.Name,
        municipality.ProvinceCode,
        municipality.ProvinceName,
        municipality.RegionCode.Value,
        data.PopulationDates.Select(d => new InhabitantsResponse(d.ToDateOnly(), data.Inhabitants(municipality.Code, d))).ToArray());
}
