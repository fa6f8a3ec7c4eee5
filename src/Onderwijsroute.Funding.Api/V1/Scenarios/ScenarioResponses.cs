using Onderwijsroute.Funding.Api.V1.Common;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een vastgelegd scenario.</summary>
/// <param name="Id">Het id (bij een kant-en-klaar scenario de naam).</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het een van de vier meegeleverde scenario's is.</param>
/// <param name="InvoerHash">Hash van de gecontroleerde invoer.</param>
/// <param name="ParameterVersie">De parameterversie met de overschrijvingen van het scenario.</param>
/// <param name="Aannames">Elke aanname van het scenario met status en bron.</param>
/// <param name="Invoer">Het scenario zoals opgegeven.</param>
/// <param name="Doorrekeningen">Pad om het scenario door te rekenen (POST).</param>
/// <param name="Onzekerheidsanalyses">Pad om een onzekerheidsanalyse te starten (POST).</param>
public sealed record ScenarioResponse(string Id, string Naam, string Omschrijving, bool KantEnKlaar, string InvoerHash, string ParameterVersie, IReadOnlyList<AannameResponse> Aannames, CreateScenarioRequest Invoer, string Doorrekeningen, string Onzekerheidsanalyses);

/// <summary>Een pagina scenario's, de kant-en-klare eerst.</summary>
/// <param name="Pagina">Het paginanummer.</param>
/// <param name="PaginaGrootte">Het aantal per pagina.</param>
/// <param name="Totaal">Het totaal aantal scenario's.</param>
/// <param name="Scenarios">De scenario's op deze pagina.</param>
public sealed record ScenarioListResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<ScenarioSummaryResponse> Scenarios);

/// <summary>Een scenario in het kort.</summary>
/// <param name="Id">Het id.</param>
/// <param name="Href">Het pad van het scenario.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Omschrijving">De omschrijving.</param>
/// <param name="KantEnKlaar">Of het meegeleverd is.</param>
public sealed record ScenarioSummaryResponse(string Id, string Href, string Naam, string Omschrijving, bool KantEnKlaar);

/// <summary>Een aanname met status en bron.</summary>
/// <param name="Naam">Wat wordt aangenomen.</param>
/// <param name="Waarde">De waarde.</param>
/// <param name="Status">aanname of bevestigd.</param>
/// <param name="Bron">De bron of redenering.</param>
public sealed record AannameResponse(string Naam, string Waarde, string Status, string Bron);

/// <summary>Een landelijk kengetal: een aantal of een bedrag in euro's.</summary>
/// <param name="Naam">De naam, bijvoorbeeld 'kostenGemeenten' of 'uitgavenRijk.spuk-regulier'.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="Waarde">De waarde.</param>
public sealed record KengetalResponse(string Naam, string Eenheid, decimal Waarde);

/// <summary>De verdeling van de tekorten van gemeenten (percentielen naar rangnummer over alle gemeenten; negatief is een overschot).</summary>
/// <param name="Min">Het laagste tekort.</param>
/// <param name="P10">Het 10e percentiel.</param>
/// <param name="Mediaan">De mediaan.</param>
/// <param name="P90">Het 90e percentiel.</param>
/// <param name="Max">Het hoogste tekort.</param>
public sealed record TekortVerdelingResponse(decimal Min, decimal P10, decimal Mediaan, decimal P90, decimal Max);

/// <summary>Een arbeidsmarktregio in een jaar: sommen over haar gemeenten.</summary>
/// <param name="Code">De regiocode.</param>
/// <param name="Naam">De naam.</param>
/// <param name="Instroom">Starters.</param>
/// <param name="Actief">Deelnemers met trajectmaanden in het jaar.</param>
/// <param name="Kosten">Kosten.</param>
/// <param name="Inkomsten">Inkomsten.</param>
/// <param name="Tekort">Kosten min inkomsten.</param>
/// <param name="TekortGemeenten">Som van de tekorten van gemeenten met een tekort.</param>
/// <param name="GemeentenMetTekort">Aantal gemeenten met een tekort.</param>
public sealed record RegioRegelResponse(string Code, string Naam, long Instroom, long Actief, decimal Kosten, decimal Inkomsten, decimal Tekort, decimal TekortGemeenten, int GemeentenMetTekort);

/// <summary>Een jaar van een doorrekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Elk landelijk kengetal.</param>
/// <param name="TekortVerdeling">De verdeling van de tekorten over gemeenten.</param>
/// <param name="Arbeidsmarktregios">Per arbeidsmarktregio.</param>
public sealed record DoorrekeningJaarResponse(int Jaar, IReadOnlyList<KengetalResponse> Kengetallen, TekortVerdelingResponse TekortVerdeling, IReadOnlyList<RegioRegelResponse> Arbeidsmarktregios);

/// <summary>Een deterministische doorrekening van een scenario.</summary>
/// <param name="Id">Het id.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="ScenarioNaam">De naam van het scenario.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="InvoerHash">Hash van de invoer; met engine- en parameterversie bepaalt zij het resultaat volledig.</param>
/// <param name="BerekendOp">Wanneer de doorrekening is gemaakt.</param>
/// <param name="Jaren">Per jaar de kengetallen, de tekortverdeling en de regio's.</param>
/// <param name="Totalen">De optelbare kengetallen over alle jaren.</param>
/// <param name="Aannames">Aannames van het scenario en van het rekenmodel.</param>
/// <param name="Toelichting">Gebruikte parameters (status en bron), peildata, aantallen en opmerkingen.</param>
/// <param name="Gemeenten">Pad naar de regels per gemeente (per pagina).</param>
/// <param name="Export">Pad naar de download van alle gemeenteregels (formaat=csv of xlsx).</param>
public sealed record DoorrekeningResponse(
    string Id, string ScenarioId, string ScenarioNaam, string EngineVersie, string ParameterVersie, string InvoerHash, DateTimeOffset BerekendOp,
    IReadOnlyList<DoorrekeningJaarResponse> Jaren, IReadOnlyList<KengetalResponse> Totalen, IReadOnlyList<AannameResponse> Aannames, ExplanationResponse Toelichting, string Gemeenten, string Export);

/// <summary>Een gemeente in een jaar van een doorrekening.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="ArbeidsmarktregioCode">De arbeidsmarktregio.</param>
/// <param name="Instroom">Starters in het jaar.</param>
/// <param name="Actief">Deelnemers met trajectmaanden in het jaar.</param>
/// <param name="EindeJaar">Deelnemers in de onderwijsroute op 31 december.</param>
/// <param name="Kosten">Trajectkosten in het jaar.</param>
/// <param name="Regulier">Leerroutecomponent van de reguliere SPUK voor deze deelnemers.</param>
/// <param name="Toeslag">Toeslag onderwijsroute (2026 en later).</param>
/// <param name="SpukOnderwijsroute">Definitieve uitkering uit de gemaximeerde €35 mln (2023-2025).</param>
/// <param name="SpukCentrumgemeenten">Uitkering uit de €24 mln aan centrumgemeenten (2022-2023).</param>
/// <param name="Gemeentefonds">Aan de onderwijsroute toegerekend deel van de gemeentefondstoevoeging.</param>
/// <param name="Budgetpot">Uitkering uit de eigen pot van het scenario.</param>
/// <param name="Inkomsten">Alle inkomsten.</param>
/// <param name="Tekort">Kosten min inkomsten: positief een tekort, negatief een overschot.</param>
public sealed record GemeenteRegelResponse(int Jaar, string GemeenteCode, string GemeenteNaam, string ArbeidsmarktregioCode, long Instroom, long Actief, long EindeJaar, decimal Kosten, decimal Regulier, decimal Toeslag, decimal SpukOnderwijsroute, decimal SpukCentrumgemeenten, decimal Gemeentefonds, decimal Budgetpot, decimal Inkomsten, decimal Tekort);

/// <summary>Een pagina gemeenteregels van een doorrekening.</summary>
/// <param name="Pagina">Het paginanummer.</param>
/// <param name="PaginaGrootte">Het aantal regels per pagina.</param>
/// <param name="Totaal">Het totaal aantal regels (met het filter op jaar).</param>
/// <param name="Regels">De regels, per jaar op gemeentecode.</param>
public sealed record GemeenteRegelsResponse(int Pagina, int PaginaGrootte, long Totaal, IReadOnlyList<GemeenteRegelResponse> Regels);

/// <summary>Een kengetal in de vergelijking.</summary>
/// <param name="Naam">De naam.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="Waarden">De waarde per doorrekening, in de volgorde van de vraag.</param>
/// <param name="Verschillen">Per doorrekening de waarde min die van de eerste.</param>
public sealed record VergelekenKengetalResponse(string Naam, string Eenheid, IReadOnlyList<decimal> Waarden, IReadOnlyList<decimal> Verschillen);

/// <summary>Een jaar in de vergelijking.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Elk kengetal.</param>
public sealed record VergelekenJaarResponse(int Jaar, IReadOnlyList<VergelekenKengetalResponse> Kengetallen);

/// <summary>Een gemeente die omslaat tussen overschot en tekort ten opzichte van de eerste doorrekening.</summary>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="Doorrekening">De doorrekening waarin de positie anders is.</param>
/// <param name="Jaar">Het jaar, of null voor het totaal over de vergeleken jaren.</param>
/// <param name="TekortEerste">Het tekort in de eerste doorrekening.</param>
/// <param name="Tekort">Het tekort in deze doorrekening.</param>
/// <param name="Richting">'naar-tekort' of 'naar-overschot'.</param>
public sealed record OmslagResponse(string GemeenteCode, string GemeenteNaam, string Doorrekening, int? Jaar, decimal TekortEerste, decimal Tekort, string Richting);

/// <summary>Een vergelijking van doorrekeningen over hun gemeenschappelijke jaren.</summary>
/// <param name="Doorrekeningen">De vergeleken doorrekeningen; de eerste is de referentie.</param>
/// <param name="Scenarios">De scenarionamen in dezelfde volgorde.</param>
/// <param name="Jaren">Per jaar elk kengetal.</param>
/// <param name="Totalen">De optelbare kengetallen over de gemeenschappelijke jaren.</param>
/// <param name="Omslagen">Gemeenten die omslaan tussen overschot en tekort, per jaar en over het totaal.</param>
public sealed record VergelijkingResponse(IReadOnlyList<string> Doorrekeningen, IReadOnlyList<string> Scenarios, IReadOnlyList<VergelekenJaarResponse> Jaren, IReadOnlyList<VergelekenKengetalResponse> Totalen, IReadOnlyList<OmslagResponse> Omslagen);

/// <summary>De voortgang van een onzekerheidsanalyse.</summary>
/// <param name="Percentage">Percentage gedaan.</param>
/// <param name="TrekkingenGedaan">Trekkingen gedaan.</param>
/// <param name="Trekkingen">Trekkingen in totaal.</param>
public sealed record VoortgangResponse(int Percentage, int TrekkingenGedaan, int Trekkingen);

/// <summary>De status van een onzekerheidsanalyse.</summary>
/// <param name="Id">Het id.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="Status">wachtend, bezig, gereed, geannuleerd, mislukt of afgebroken.</param>
/// <param name="Voortgang">Hoe ver de analyse is.</param>
/// <param name="Resultaat">Pad naar het resultaat zodra de status 'gereed' is, anders null.</param>
/// <param name="AangemaaktOp">Wanneer de analyse is gevraagd.</param>
/// <param name="AfgerondOp">Wanneer de analyse eindigde, of null.</param>
/// <param name="Reden">Waarom de analyse mislukte, of waarop een klare analyse wacht (de opslag van de dienst); anders null.</param>
public sealed record OnzekerheidsanalyseStatusResponse(string Id, string ScenarioId, string Status, VoortgangResponse Voortgang, string? Resultaat, DateTimeOffset AangemaaktOp, DateTimeOffset? AfgerondOp, string? Reden);

/// <summary>De P5-P50-P95-band van een kengetal.</summary>
/// <param name="Naam">Het kengetal.</param>
/// <param name="Eenheid">'euro' of 'aantal'.</param>
/// <param name="P5">Het 5e percentiel.</param>
/// <param name="P50">De mediaan.</param>
/// <param name="P95">Het 95e percentiel.</param>
public sealed record BandResponse(string Naam, string Eenheid, decimal P5, decimal P50, decimal P95);

/// <summary>De band van het tekort van een gemeente.</summary>
/// <param name="GemeenteCode">De gemeentecode.</param>
/// <param name="GemeenteNaam">De naam.</param>
/// <param name="P5">Het 5e percentiel.</param>
/// <param name="P50">De mediaan.</param>
/// <param name="P95">Het 95e percentiel.</param>
public sealed record GemeenteBandResponse(string GemeenteCode, string GemeenteNaam, decimal P5, decimal P50, decimal P95);

/// <summary>Een jaar van een onzekerheidsanalyse.</summary>
/// <param name="Jaar">Het jaar.</param>
/// <param name="Kengetallen">Een band per landelijk kengetal (exact over alle trekkingen).</param>
/// <param name="Gemeenten">Een band per gemeente (schatting, zie maximaleAfwijkingGemeentebanden).</param>
public sealed record AnalyseJaarResponse(int Jaar, IReadOnlyList<BandResponse> Kengetallen, IReadOnlyList<GemeenteBandResponse> Gemeenten);

/// <summary>Het resultaat van een onzekerheidsanalyse.</summary>
/// <param name="Id">Het id van de analyse.</param>
/// <param name="ScenarioId">Het scenario.</param>
/// <param name="EngineVersie">De versie van het rekenmodel.</param>
/// <param name="ParameterVersie">De parameterversie.</param>
/// <param name="InvoerHash">Hash van de scenario-invoer.</param>
/// <param name="Trekkingen">Het aantal trekkingen.</param>
/// <param name="Seed">De seed.</param>
/// <param name="VariatiecoefficientDeelnemers">Gebruikte variatiecoëfficiënt van de deelnemers.</param>
/// <param name="VariatiecoefficientPrijs">Gebruikte variatiecoëfficiënt van de prijs.</param>
/// <param name="MaximaleAfwijkingGemeentebanden">De grootste mogelijke afwijking van een gemeenteband in euro's.</param>
/// <param name="BandenBuitenProefbereik">Gemeentebanden buiten het proefbereik (afwijking dan onbegrensd).</param>
/// <param name="Jaren">Per jaar de banden.</param>
/// <param name="Aannames">Aannames van scenario, rekenmodel en simulatie.</param>
public sealed record OnzekerheidsanalyseResponse(string Id, string ScenarioId, string EngineVersie, string ParameterVersie, string InvoerHash, int Trekkingen, ulong Seed, decimal VariatiecoefficientDeelnemers, decimal VariatiecoefficientPrijs, decimal MaximaleAfwijkingGemeentebanden, int BandenBuitenProefbereik, IReadOnlyList<AnalyseJaarResponse> Jaren, IReadOnlyList<AannameResponse> Aannames);
