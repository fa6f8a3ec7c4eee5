using NodaTime;
using Onderwijsroute.Funding.Api.V1.Forecasts;
using Onderwijsroute.Funding.Api.V1.Health;
using Onderwijsroute.Funding.Api.V1.Keys;
using Onderwijsroute.Funding.Api.V1.Municipalities;
using Onderwijsroute.Funding.Api.V1.Regions;
using Onderwijsroute.Funding.Api.V1.Scenarios;
using Onderwijsroute.Funding.Api.V1.Schemes;
using Onderwijsroute.Funding.Api.V1.Sources;

namespace Onderwijsroute.Funding.Api.V1;

/// <summary>The v1 features: what they need from the container, and their endpoints: the reference routes from one table, every other feature by its folder's <c>Map…</c>.</summary>
internal static class V1Setup
{
    /// <summary>
    /// The read-only reference routes, a row each (<see cref="ReferenceRoute"/>): they differ only in path, handler,
    /// response and text, so they are one table; the handlers stay with their resources in their feature folders.
    /// </summary>
    private static readonly ReferenceRoute[] ReferenceRoutes =
    [
        ReferenceRoute.Read<MunicipalityListResponse>("/v1/gemeenten", "Gemeenten", MunicipalitiesEndpoints.List, "listGemeenten", "Alle gemeenten", "Alle gemeenten van de gemeentelijke indeling, op code, met provincie, arbeidsmarktregio en inwoners per peildatum."),
        ReferenceRoute.Lookup<MunicipalityResponse>("/v1/gemeenten/{code}", "Gemeenten", MunicipalitiesEndpoints.Get, "getGemeente", "Eén gemeente", "Een gemeente op CBS-code (GM en vier cijfers). Een code die niet zo is opgebouwd geeft 400; een onbekende code 404."),
        ReferenceRoute.Read<RegionListResponse>("/v1/arbeidsmarktregios", "Arbeidsmarktregio's", RegionsEndpoints.List, "listArbeidsmarktregios", "Alle arbeidsmarktregio's", "Alle 35 arbeidsmarktregio's met centrumgemeente, gemeenten, inwoners en het aanbod van de onderwijsroute per niveau."),
        ReferenceRoute.Lookup<RegionResponse>("/v1/arbeidsmarktregios/{code}", "Arbeidsmarktregio's", RegionsEndpoints.Get, "getArbeidsmarktregio", "Eén arbeidsmarktregio", "Een arbeidsmarktregio op CBS-code (AM en twee cijfers). Een code die niet zo is opgebouwd geeft 400; een onbekende code 404."),
        ReferenceRoute.Read<SchemeResponse>("/v1/prognose-aannames", "Prognoses", SchemesEndpoints.Assumptions, "getPrognoseAannames", "De aannames van een prognose", "De standaardwaarden van een prognose (trajectprijs, looptijd, indexatie, reiskosten, B1-Entree, startmaand, kasritme) en de landelijke projectie waaruit het landelijke aantal, het startpunt van een gemeente en de instroom van scenario's volgen, elk gedateerd met bron, status en toelichting (zo staat bij de reiskosten, standaard 0, dat slechts acht centrumgemeenten reiskosten vergoeden). Geen regeling; in een prognose te overschrijven met 'overschrijvingen' (regeling prognose-aannames)."),
        ReferenceRoute.Read<SchemeListResponse>("/v1/regelingen", "Regelingen", SchemesEndpoints.List, "listRegelingen", "Alle regelingen", "De vijf regelingen met grondslag en dekking, en de parameterversie die nu geldt."),
        ReferenceRoute.Lookup<SchemeResponse>("/v1/regelingen/{id}", "Regelingen", SchemesEndpoints.Get, "getRegeling", "Eén regeling met al haar parameters", "Een regeling met elke parameter en elke gedateerde waarde (van, tot, waarde, eenheid, status, bron). Met ?peildatum=2024-01-01 alleen de waarden die op die datum golden."),
        ReferenceRoute.Read<SourceListResponse>("/v1/bronnen", "Bronnen", SourcesEndpoints.List, "listBronnen", "Het bronnenregister", "Elke bron één keer: titel, uitgever, datum, adres, soort (primair, secundair, onderzoeksrapport, eigen), de geciteerde passages en de parameterwaarden die haar noemen. De 'bron' van een parameterwaarde is het id van een bron hier."),
        ReferenceRoute.Lookup<SourceResponse>("/v1/bronnen/{id}", "Bronnen", SourcesEndpoints.Get, "getBron", "Eén bron", "Een bron op id, met haar passages en de parameterwaarden die haar noemen. Een id dat geen bron-id kan zijn (kleine letters, cijfers en '-') geeft 400; een onbekend id 404."),
        ReferenceRoute.Lookup<StartingPointResponse>("/v1/gemeenten/{gemeenteCode}/startpunt", "Prognoses", StartingPointEndpoints.Get, "getStartpunt", "Het startpunt van een gemeente", "Het deel van de gemeente naar inwoners van de landelijke projectie (prognose-aannames: asielcohort × aandeel brede intake × aandeel onderwijsroute, variant 'projectievariant'): per jaar van huisvesting de landelijke instroom en het eigen deel, wie dat jaar en wie het volgende jaar start, en de starters per startjaar en niveau met hun huisvestingsjaar, in de vorm van 'starters' van een prognose. Een prognose zonder trajecten en starters rekent hiermee. Een code die niet zo is opgebouwd geeft 400; een onbekende code 404."),
    ];

    /// <summary>The clock, the parameters and reference data every calculation runs with, and the features' services.</summary>
    public static IServiceCollection AddV1Features(this IServiceCollection services)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(_ => ParameterCatalogue.Embedded);
        services.AddSingleton(_ => ReferenceDataSet.Embedded);
        services.AddSingleton<StoredCalculations>();
        services.AddSingleton<ForecastWriteServices>();
        services.AddSingleton<ScenarioStore>();
        services.AddSingleton<UncertaintyAnalysisRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<UncertaintyAnalysisRunner>());
        return services;
    }

    public static IEndpointRouteBuilder MapV1(this IEndpointRouteBuilder app)
    {
        foreach (var route in ReferenceRoutes)
        {
            route.Map(app);
        }

        app.MapCappedCalculations();
        app.MapForecastCalculations();
        app.MapStoredForecasts();
        app.MapScenarios();
        app.MapScenarioRuns();
        app.MapComparisons();
        app.MapUncertaintyAnalyses();
        app.MapHealth();
        app.MapKeys();
        return app;
    }
}
