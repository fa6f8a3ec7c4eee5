namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vergelijking van doorrekeningen over hun gemeenschappelijke jaren.</summary>
/// <param name="Doorrekeningen">De vergeleken doorrekeningen; de eerste is de referentie.</param>
/// <param name="Scenarios">De scenarionamen in dezelfde volgorde.</param>
/// <param name="Jaren">Per jaar elk kengetal.</param>
/// <param name="Totalen">De optelbare kengetallen over de gemeenschappelijke jaren.</param>
/// <param name="Omslagen">Gemeenten die omslaan tussen overschot en tekort, per jaar en over het totaal.</param>
/// <param name="Id">Het id van de vastgelegde vergelijking.</param>
/// <param name="EngineVersie">De versie van het rekenmodel waarmee de doorrekeningen zijn herhaald.</param>
/// <param name="ParameterVersie">De parameterversie waarmee de doorrekeningen zijn herhaald.</param>
/// <param name="BerekendOp">Wanneer de vergelijking is gemaakt.</param>
public sealed record ComparisonResponse(
    IReadOnlyList<string> Doorrekeningen,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<ComparedYearResponse> Jaren,
    IReadOnlyList<ComparedFigureResponse> Totalen,
    IReadOnlyList<FlipResponse> Omslagen,
    string Id,
    string EngineVersie,
    string ParameterVersie,
    DateTimeOffset BerekendOp);
