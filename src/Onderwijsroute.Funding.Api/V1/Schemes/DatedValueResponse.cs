namespace Onderwijsroute.Funding.Api.V1.Schemes;

/// <summary>Een waarde met de periode waarin zij geldt, haar bron en status.</summary>
/// <param name="Van">De eerste dag waarop de waarde geldt.</param>
/// <param name="Tot">De laatste dag waarop de waarde geldt, of null als die open is.</param>
/// <param name="Waarde">De waarde: een getal, of een tekst bij eenheid 'tekst'.</param>
/// <param name="Eenheid">De eenheid.</param>
/// <param name="Status">bevestigd of aanname.</param>
/// <param name="Bron">De juridische of documentaire bron.</param>
public sealed record DatedValueResponse(DateOnly Van, DateOnly? Tot, ParameterValueJson Waarde, string Eenheid, string Status, string Bron);
