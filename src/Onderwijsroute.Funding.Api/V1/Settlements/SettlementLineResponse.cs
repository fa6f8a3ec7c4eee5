namespace Onderwijsroute.Funding.Api.V1.Settlements;

/// <summary>De vaststelling van één gemeente.</summary>
/// <param name="GemeenteCode">De gemeente.</param>
/// <param name="GemeenteNaam">De naam van de gemeente.</param>
/// <param name="Aantal">Het aantal op 31 december.</param>
/// <param name="Voorschot">Het voorschot in euro's.</param>
/// <param name="Vastgesteld">Het definitieve bedrag in euro's.</param>
/// <param name="Verschil">vastgesteld − voorschot: positief is een nabetaling, negatief een terugvordering.</param>
public sealed record SettlementLineResponse(string GemeenteCode, string GemeenteNaam, long Aantal, decimal Voorschot, decimal Vastgesteld, decimal Verschil);
