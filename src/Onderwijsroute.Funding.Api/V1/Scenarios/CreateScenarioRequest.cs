using NodaTime;
using Onderwijsroute.Funding.Scenarios;

namespace Onderwijsroute.Funding.Api.V1.Scenarios;

/// <summary>Een scenario: overschrijvingen van parameters, jaren, deelnemers, spreiding en prijsaannames.</summary>
/// <param name="Naam">Korte naam, bijvoorbeeld 'hogere-garantie'.</param>
/// <param name="Omschrijving">Wat het scenario inhoudt, in het Nederlands.</param>
/// <param name="Jaren">De jaren die worden doorgerekend (2022 tot en met 2030).</param>
/// <param name="Overschrijvingen">Overschrijvingen van parameters van regelingen (budget, verdeelsleutel, gegarandeerde prijs, indexatie, reguliere bedragen).</param>
/// <param name="Deelnemers">Landelijke projectie van nieuwe deelnemers aan de onderwijsroute per jaar.</param>
/// <param name="Spreiding">Hoe de deelnemers over de gemeenten worden verdeeld: inwoners, sleutel of aantallen.</param>
/// <param name="Prijzen">Trajectprijs per niveau en contractvorm, niveauverdeling, duur en startmaand.</param>
/// <param name="Budgetpot">Een eigen gemaximeerde pot van het scenario, per jaar verdeeld (optioneel).</param>
/// <param name="GarantieprijsPerNiveau">Een gegarandeerde trajectprijs per niveau in plaats van één bedrag (optioneel).</param>
/// <param name="Onzekerheid">Standaardonzekerheid voor onzekerheidsanalyses (optioneel).</param>
public sealed record CreateScenarioRequest(
    string? Naam,
    string? Omschrijving,
    JarenRequest? Jaren,
    IReadOnlyList<OverschrijvingRequest?>? Overschrijvingen,
    DeelnemersRequest? Deelnemers,
    SpreidingRequest? Spreiding,
    PrijzenRequest? Prijzen,
    BudgetpotRequest? Budgetpot,
    GarantieprijsPerNiveauRequest? GarantieprijsPerNiveau,
    OnzekerheidRequest? Onzekerheid)
{
    /// <summary>The request as the domain's unchecked input.</summary>
    public ScenarioInput ToInput() => new()
    {
        Name = Naam,
        Description = Omschrijving,
        FirstYear = Jaren?.Van,
        LastYear = Jaren?.TotEnMet,
        Overrides = Overschrijvingen?.Select(o => new ScenarioOverrideInput
        {
            SchemeId = o?.Regeling,
            ParameterName = o?.Parameter,
            From = o?.Van is { } from ? LocalDate.FromDateOnly(from) : null,
            Until = o?.TotEnMet is { } until ? LocalDate.FromDateOnly(until) : null,
            Value = o?.Waarde,
            Reason = o?.Reden,
        }).ToArray(),
        Participants = Deelnemers is { } d ? new ParticipantProjectionInput { PerYear = d.PerJaar, Status = d.Status, Source = d.Bron } : null,
        Spread = Spreiding is { } s
            ? new SpreadInput { Method = s.Methode, Key = s.Sleutel, Counts = s.Aantallen?.ToDictionary(a => a.Key, a => (IReadOnlyDictionary<string, long>)a.Value), Status = s.Status, Source = s.Bron }
            : null,
        Prices = Prijzen is { } p
            ? new PriceInput
            {
                BaseYear = p.Prijspeiljaar,
                Indexation = p.Indexatie,
                DurationMonths = p.DuurMaanden,
                StartMonth = p.Startmaand,
                PerLevel = p.PerNiveau?.ToDictionary(l => l.Key, l => new LevelPriceInput { Contracted = l.Value?.Gecontracteerd, Custom = l.Value?.Maatwerk }),
                LevelShares = p.Niveauverdeling,
                Status = p.Status,
                Source = p.Bron,
            }
            : null,
        Pot = Budgetpot is { } b ? new CappedPotInput { AmountPerYear = b.BedragPerJaar, Key = b.Verdeelsleutel, Status = b.Status, Source = b.Bron } : null,
        LevelGuarantee = GarantieprijsPerNiveau is { } g ? new LevelGuaranteeInput { Amounts = g.Bedragen, Status = g.Status, Source = g.Bron } : null,
        Uncertainty = Onzekerheid is { } u ? new UncertaintyInput { ParticipantsCv = u.VariatiecoefficientDeelnemers, PriceCv = u.VariatiecoefficientPrijs, Status = u.Status, Source = u.Bron } : null,
    };

    /// <summary>The request for a domain input (to show a ready scenario in the same shape as a created one).</summary>
    public static CreateScenarioRequest Of(ScenarioInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new(
            input.Name,
            input.Description,
            new JarenRequest(input.FirstYear, input.LastYear),
            input.Overrides?.Select(o => (OverschrijvingRequest?)new OverschrijvingRequest(o.SchemeId, o.ParameterName, o.From?.ToDateOnly(), o.Until?.ToDateOnly(), o.Value, o.Reason)).ToArray(),
            input.Participants is { } d ? new DeelnemersRequest(d.PerYear?.ToDictionary(), d.Status, d.Source) : null,
            input.Spread is { } s ? new SpreidingRequest(s.Method, s.Key?.ToDictionary(), s.Counts?.ToDictionary(c => c.Key, c => c.Value.ToDictionary()), s.Status, s.Source) : null,
            input.Prices is { } p
                ? new PrijzenRequest(p.BaseYear, p.Indexation, p.DurationMonths, p.StartMonth, p.PerLevel?.ToDictionary(l => l.Key, l => (NiveauprijsRequest?)new NiveauprijsRequest(l.Value.Contracted, l.Value.Custom)), p.LevelShares?.ToDictionary(), p.Status, p.Source)
                : null,
            input.Pot is { } b ? new BudgetpotRequest(b.AmountPerYear?.ToDictionary(), b.Key, b.Status, b.Source) : null,
            input.LevelGuarantee is { } g ? new GarantieprijsPerNiveauRequest(g.Amounts?.ToDictionary(), g.Status, g.Source) : null,
            input.Uncertainty is { } u ? new OnzekerheidRequest(u.ParticipantsCv, u.PriceCv, u.Status, u.Source) : null);
    }
}

/// <summary>De jaren van een scenario.</summary>
/// <param name="Van">Het eerste jaar.</param>
/// <param name="TotEnMet">Het laatste jaar.</param>
public sealed record JarenRequest(int? Van, int? TotEnMet);

/// <summary>Een overschrijving van een parameter van een regeling.</summary>
/// <param name="Regeling">De regeling, bijvoorbeeld 'spuk-onderwijsroute-toeslag-2026'.</param>
/// <param name="Parameter">De parameter, bijvoorbeeld 'gegarandeerde-trajectprijs'.</param>
/// <param name="Van">De eerste dag waarop de waarde geldt.</param>
/// <param name="TotEnMet">De laatste dag, of leeg voor onbepaald.</param>
/// <param name="Waarde">De waarde als tekst, met een punt als decimaalteken ('17500', '0.02', 'inwoners').</param>
/// <param name="Reden">Waarom; verschijnt als bron van de waarde.</param>
public sealed record OverschrijvingRequest(string? Regeling, string? Parameter, DateOnly? Van, DateOnly? TotEnMet, string? Waarde, string? Reden);

/// <summary>Landelijke projectie van nieuwe deelnemers per jaar.</summary>
/// <param name="PerJaar">Aantal starters per jaar, bijvoorbeeld { "2026": 1000 }.</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record DeelnemersRequest(Dictionary<int, long>? PerJaar, string? Status, string? Bron);

/// <summary>Hoe deelnemers over gemeenten worden verdeeld.</summary>
/// <param name="Methode">'inwoners', 'sleutel' of 'aantallen'.</param>
/// <param name="Sleutel">Bij 'sleutel': een geheel gewicht per gemeentecode.</param>
/// <param name="Aantallen">Bij 'aantallen': per jaar het aantal starters per gemeentecode.</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record SpreidingRequest(string? Methode, Dictionary<string, long>? Sleutel, Dictionary<int, Dictionary<string, long>>? Aantallen, string? Status, string? Bron);

/// <summary>Prijsaannames.</summary>
/// <param name="Prijspeiljaar">Het prijspeil van de bedragen per niveau.</param>
/// <param name="Indexatie">Jaarlijkse prijsindexatie als fractie (0.0378 = 3,78%).</param>
/// <param name="DuurMaanden">Duur van een traject in maanden.</param>
/// <param name="Startmaand">Gemiddelde startmaand (1-12).</param>
/// <param name="PerNiveau">Per niveau (mbo2, mbo3, mbo4, hbo-mei, hbo-ntg, wo-mei, wo-ntg) de prijs gecontracteerd en maatwerk.</param>
/// <param name="Niveauverdeling">Aandeel per niveau, samen 1, hoogstens vier decimalen.</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record PrijzenRequest(int? Prijspeiljaar, decimal? Indexatie, int? DuurMaanden, int? Startmaand, Dictionary<string, NiveauprijsRequest?>? PerNiveau, Dictionary<string, decimal>? Niveauverdeling, string? Status, string? Bron);

/// <summary>De trajectprijs van een niveau per contractvorm, in euro's.</summary>
/// <param name="Gecontracteerd">Prijs bij regionaal gecontracteerd aanbod.</param>
/// <param name="Maatwerk">Prijs bij inkoop van maatwerk elders.</param>
public sealed record NiveauprijsRequest(decimal? Gecontracteerd, decimal? Maatwerk);

/// <summary>Een eigen gemaximeerde pot van het scenario.</summary>
/// <param name="BedragPerJaar">Per jaar het plafond in hele euro's.</param>
/// <param name="Verdeelsleutel">'aantal-einde-jaar' of 'inwoners'.</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record BudgetpotRequest(Dictionary<int, decimal>? BedragPerJaar, string? Verdeelsleutel, string? Status, string? Bron);

/// <summary>Gegarandeerde trajectprijs per niveau (prijspeil van het basisjaar van de toeslag).</summary>
/// <param name="Bedragen">Per niveau het bedrag in euro's.</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record GarantieprijsPerNiveauRequest(Dictionary<string, decimal>? Bedragen, string? Status, string? Bron);

/// <summary>Standaardonzekerheid voor onzekerheidsanalyses.</summary>
/// <param name="VariatiecoefficientDeelnemers">Variatiecoëfficiënt van het aantal deelnemers per jaar.</param>
/// <param name="VariatiecoefficientPrijs">Variatiecoëfficiënt van de trajectprijs (0 = zeker).</param>
/// <param name="Status">'aanname' of 'bevestigd'.</param>
/// <param name="Bron">De bron of de redenering.</param>
public sealed record OnzekerheidRequest(decimal? VariatiecoefficientDeelnemers, decimal? VariatiecoefficientPrijs, string? Status, string? Bron);

/// <summary>Een onzekerheidsanalyse (Monte Carlo) van een scenario.</summary>
/// <param name="Trekkingen">Aantal trekkingen, 1 tot en met 100000 (standaard 1000).</param>
/// <param name="Seed">Startwaarde van de toevalsgenerator; dezelfde seed geeft op elke machine hetzelfde resultaat (standaard 1).</param>
/// <param name="VariatiecoefficientDeelnemers">Variatiecoëfficiënt van het aantal deelnemers; standaard die van het scenario.</param>
/// <param name="VariatiecoefficientPrijs">Variatiecoëfficiënt van de trajectprijs; standaard die van het scenario.</param>
public sealed record CreateSimulationRequest(int? Trekkingen, ulong? Seed, decimal? VariatiecoefficientDeelnemers, decimal? VariatiecoefficientPrijs);

/// <summary>Een vergelijking van twee tot en met vijf doorrekeningen.</summary>
/// <param name="Doorrekeningen">De ids van de doorrekeningen; de eerste is de referentie.</param>
public sealed record CreateComparisonRequest(IReadOnlyList<string?>? Doorrekeningen);
