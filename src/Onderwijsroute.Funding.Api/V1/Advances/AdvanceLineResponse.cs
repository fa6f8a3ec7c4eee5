namespace Onderwijsroute.Funding.Api.V1.Advances;

/// <summary>Het voorschot van één ontvanger.</summary>
/// <param name="GemeenteCode">De gemeente (bij centrumgemeenten: de centrumgemeente).</param>
/// <param name="GemeenteNaam">De naam van de gemeente.</param>
/// <param name="ArbeidsmarktregioCode">De arbeidsmarktregio van de gemeente, of waarvoor de centrumgemeente ontvangt.</param>
/// <param name="Inwoners">De inwoners waarnaar is verdeeld (bij centrumgemeenten: van de hele regio), of null bij opgegeven gewichten.</param>
/// <param name="Gewicht">Het gewicht waarnaar is verdeeld.</param>
/// <param name="Voorschot">Het voorschot in euro's.</param>
public sealed record AdvanceLineResponse(string GemeenteCode, string GemeenteNaam, string ArbeidsmarktregioCode, long? Inwoners, long Gewicht, decimal Voorschot);
