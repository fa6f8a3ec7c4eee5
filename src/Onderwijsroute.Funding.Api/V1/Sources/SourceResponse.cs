namespace Onderwijsroute.Funding.Api.V1.Sources;

/// <summary>Een bron met wat eruit is geciteerd en welke parameterwaarden erop rusten.</summary>
/// <param name="Id">Het id, bijvoorbeeld stcrt-2022-30604.</param>
/// <param name="Titel">De titel.</param>
/// <param name="Uitgever">Wie de bron uitgaf.</param>
/// <param name="Datum">De datum van verschijnen als die op de dag bekend is; anders null (zie 'verschenen').</param>
/// <param name="Verschenen">Wanneer de bron verscheen, zo precies als bekend: jjjj, jjjj-mm of jjjj-mm-dd; null als dat onbekend is.</param>
/// <param name="Geraadpleegd">Wanneer de bron is gelezen (jjjj-mm of een datum); null als niet vastgelegd.</param>
/// <param name="Url">Waar de bron te lezen is; null als geen adres bekend is.</param>
/// <param name="Soort">primair (officiële publicatie of overheidspagina), secundair, onderzoeksrapport (het onderzoek van 2023) of eigen (een keuze van dit rekenmodel).</param>
/// <param name="Passages">De passages zoals gevonden; een waarde citeert de bron alleen voor wat daar staat.</param>
/// <param name="Opmerking">Een opmerking, bijvoorbeeld wat niet leesbaar of niet te vinden was; of null.</param>
/// <param name="GebruiktDoor">De parameterwaarden die de bron noemen.</param>
public sealed record SourceResponse(string Id, string Titel, string Uitgever, DateOnly? Datum, string? Verschenen, string? Geraadpleegd, string? Url, string Soort, IReadOnlyList<PassageResponse> Passages, string? Opmerking, IReadOnlyList<SourceUseResponse> GebruiktDoor);
