using Onderwijsroute.Funding.Scenarios.Documents;
using Onderwijsroute.Funding.Schemes;

namespace Onderwijsroute.Funding.Scenarios;

/// <summary>States a scenario's inputs and the engine's modelling choices as assumptions with status and source.</summary>
public static class ScenarioAssumptions
{
    /// <summary>The engine's own modelling choices cite the register's own-model source, with the engine version.</summary>
    private const string Model = "rekenmodel docs/scenarios.md";

    /// <summary>
    /// The assumptions a scenario's input states, one per stated value with its block's status and source. Pure: it
    /// needs no parameters, so a stored scenario shows them without being checked again.
    /// </summary>
    /// <param name="document">The scenario, as checked by <see cref="ScenarioDefinition.Create"/> when it was stored.</param>
    public static IReadOnlyList<ScenarioAssumption> Of(ScenarioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var list = new List<ScenarioAssumption>();
        if (document.Deelnemers is { } p)
        {
            list.Add(Stated("deelnemers.perJaar", Join(p.PerJaar), p));
        }

        if (document.Spreiding is { } s)
        {
            list.Add(Stated("spreiding.methode", s.Methode ?? string.Empty, s));
        }

        if (document.Prijzen is { } price)
        {
            list.Add(Stated("prijzen.perNiveau", string.Join("; ", (price.PerNiveau ?? new Dictionary<string, LevelPriceDocument?>()).OrderBy(l => TrajectoryLevels.IndexOf(l.Key)).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}: gecontracteerd {l.Value?.Gecontracteerd}, maatwerk {l.Value?.Maatwerk}"))), price));
            list.Add(Stated("prijzen.niveauverdeling", Join(price.Niveauverdeling), price));
            list.Add(Stated("prijzen.prijspeiljaar", Text(price.Prijspeiljaar), price));
            list.Add(Stated("prijzen.indexatie", Text(price.Indexatie), price));
            list.Add(Stated("prijzen.duurMaanden", Text(price.DuurMaanden), price));
            list.Add(Stated("prijzen.startmaand", Text(price.Startmaand), price));
        }

        if (document.Budgetpot is { } pot)
        {
            list.Add(Stated("budgetpot.bedragPerJaar", Join(pot.BedragPerJaar), pot));
            list.Add(Stated("budgetpot.verdeelsleutel", pot.Verdeelsleutel ?? string.Empty, pot));
        }

        if (document.GarantieprijsPerNiveau is { } guarantee)
        {
            list.Add(Stated("garantieprijsPerNiveau.bedragen", Join(guarantee.Bedragen), guarantee));
        }

        if (document.Onzekerheid is { } u)
        {
            list.Add(Stated("onzekerheid.variatiecoefficientDeelnemers", Text(u.VariatiecoefficientDeelnemers), u));
            list.Add(Stated("onzekerheid.variatiecoefficientPrijs", Text(u.VariatiecoefficientPrijs ?? 0m), u));
        }

        return list;
    }

    /// <summary>The choices every run makes, stated so that no result hides them (docs/domain.md §5).</summary>
    internal static IReadOnlyList<ScenarioAssumption> Engine(ScenarioDefinition scenario)
    {
        var meta = scenario.ReferenceData.Metadata;
        var inflow = scenario.ProjectionVariant is { } variant
            ? new ScenarioAssumption[] { new("model.instroom", "landelijke projectie, variant " + variant, "aanname", Cited(Model + "; cbs-swi; onderzoeksrapport-2023 §3.1", "Zonder eigen deelnemers de instroom-onderwijsroute van de prognose-aannames: asielcohort × aandeel brede intake × aandeel onderwijsroute, per jaar van huisvesting; elke stap staat met status en bron in de toelichting.")) }
            : [];
        var startMonth = scenario.StartMonthFromParameters
            ? new ScenarioAssumption[] { new("model.startmaand", scenario.StartMonth.ToString(CultureInfo.InvariantCulture), "aanname", Cited(Model + "; onderzoeksrapport-2023 §3.1", "De startmaand van de prognose-aannames (startmaand-instroom), dezelfde als in een prognose.")) }
            : [];
        return
        [
            .. inflow,
            .. startMonth,
            new("model.gemeentelijkeIndeling", string.Create(CultureInfo.InvariantCulture, $"indeling {meta.IndelingYear} voor alle jaren {scenario.FirstYear}-{scenario.LastYear}"), "aanname",
                Cited(Model + "; cbs-gemeenten-2023", string.Create(CultureInfo.InvariantCulture, $"De ingebedde indeling {meta.IndelingYear} geldt voor {meta.ValidFromYear}-{meta.ValidUntilYear}; latere herindelingen zijn onbekend, dus dezelfde {scenario.ReferenceData.Municipalities.Count} gemeenten voor elk scenariojaar."))),
            new("model.huisvestingNaarStart", "een deel 'aandeel-start-volgend-jaar' start het jaar na huisvesting, de rest in het jaar zelf", "aanname", Cited(Model + "; duo-spuk Berekening; onderzoeksrapport-2023 §3.1", HousingToStart(scenario))),
            new("model.cohortenVoorEersteJaar", "niet meegeteld", "aanname", Cited(Model, "Alleen deelnemers die binnen de scenariojaren zijn gehuisvest tellen mee (kosten en inkomsten); kosten na het laatste jaar vallen buiten de uitkomst.")),
            new("model.kostenspreiding", "trajectprijs naar rato van de maanden per kalenderjaar vanaf de startmaand", "aanname", Cited(Model, "Prijs vast op het prijspeil van het startjaar.")),
            new("model.contractvorm", "gecontracteerde prijs waar de regio volgens Tabel 1 (peildatum 1 februari 2023) gecontracteerd aanbod heeft voor het niveau; anders maatwerk", "aanname", Cited(Model + "; onderzoeksrapport-2023 §2.1, Tabel 1", "Zonder regionaal contract koopt de gemeente maatwerk in.")),
            new("model.aantalEindeJaar", "de telling van het jaar: 'telling-einde-jaar' van de SPUK onderwijsroute in haar jaren, 'budgetpot.telling' in een jaar van de eigen pot, anders pip-onderwijsroute", "aanname", Cited(Model + "; onderzoeksrapport-2023 §1.2", "pip-onderwijsroute: wie in december een traject heeft plus wie in het jaar is gehuisvest en pas volgend jaar start; lopend-traject: alleen wie in december een traject heeft.")),
            new("model.peildatumSpreiding", "laatste beschikbare inwonertallen", "aanname", Cited(Model + "; cbs-statline-37259", "Spreiding naar inwoners gebruikt de laatste CBS-peildatum in de referentiedata voor alle jaren.")),
            new("model.niveaus", "gemiddelde per gemeente naar de niveauverdeling, afgerond op centen per regio en cohort", "aanname", Cited(Model, "Deelnemers worden niet per persoon aan een niveau toegewezen; prijs en garantie zijn gewogen gemiddelden.")),
        ];
    }

    /// <summary>
    /// How housing leads to counting and to a start, with the regular SPUK's counting period and the supplement's first
    /// year as the parameters set them.
    /// </summary>
    private static string HousingToStart(ScenarioDefinition scenario)
    {
        var countingYears = scenario.Catalogue.ForYear(SchemeIds.RegularGrant, ParameterNames.CountingYears, scenario.FirstYear).Value.AsInteger();
        var counted = countingYears switch
        {
            <= 1 => "in het jaar van huisvesting",
            2 => "in het jaar van huisvesting en het jaar erna",
            _ => "in het jaar van huisvesting en de " + DutchNumbers.Cardinal(countingYears - 1) + " jaren erna",
        };

        var supplement = scenario.Catalogue.FindScheme(SchemeIds.EducationRouteSupplement);
        var first = supplement?.FirstYear;
        var supplementPart = supplement is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", de toeslag valt in het jaar van huisvesting (alleen wie vanaf {first} is gehuisvest)");
        var between = supplement is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Wie in {first - 1} is gehuisvest en in {first} start, valt tussen de regelingen (instroomTussenRegelingen).");
        return $"De instroom is per jaar van huisvesting. De reguliere SPUK telt een deelnemer {counted}{supplementPart}; de kosten volgen de start in de startmaand.{between}";
    }

    /// <summary>One stated value of a block, with the block's status and source.</summary>
    private static ScenarioAssumption Stated(string name, string value, IStatedAssumption block) =>
        new(name, value, block.Status ?? string.Empty, block.Bron ?? string.Empty);

    /// <summary>A source written as the register reads it: the citations in brackets, then the reasoning and the engine version.</summary>
    private static string Cited(string citations, string reasoning) => $"[{citations}] {reasoning} Scenariomodel ScenarioEngine {ScenarioEngine.Version}.";

    private static string Text(object? value) => value is null ? "-" : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static string Join<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? values) where TKey : notnull =>
        values is null ? "-" : string.Join("; ", values.OrderBy(v => v.Key).Select(v => Text(v.Key) + ": " + Text(v.Value)));
}
