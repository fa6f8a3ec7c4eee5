namespace Onderwijsroute.Funding.Tests.Cases;

/// <summary>One rule case file (see Cases/README.md); unknown keys make the file fail to load.</summary>
public sealed class RuleCase
{
    public string Naam { get; set; } = string.Empty;

    public string Soort { get; set; } = string.Empty;

    public string? Regeling { get; set; }

    public int Jaar { get; set; }

    public decimal? Budget { get; set; }

    public decimal? Eenheid { get; set; }

    public string? PeildatumInwoners { get; set; }

    public List<RuleCaseOverride>? Overschrijvingen { get; set; }

    public Dictionary<string, long>? Gewichten { get; set; }

    public Dictionary<string, long>? Aantallen { get; set; }

    public List<List<string>>? AantallenLijst { get; set; }

    public Dictionary<string, decimal>? Voorschotten { get; set; }

    public Dictionary<int, long>? Cohorten { get; set; }

    public string? Gemeente { get; set; }

    public string? Arbeidsmarktregio { get; set; }

    public int VanJaar { get; set; }

    public int TotEnMetJaar { get; set; }

    public List<RuleCaseTrajectory>? Trajecten { get; set; }

    public List<RuleCaseStarters>? Starters { get; set; }

    public Dictionary<int, decimal>? Overbruggingskosten { get; set; }

    public Dictionary<int, long>? LandelijkAantal { get; set; }

    public decimal? AandeelGemeentefonds { get; set; }

    /// <summary>For soort <c>scenario</c>: the scenario in the format of the ready scenario files.</summary>
    public Dictionary<object, object>? Scenario { get; set; }

    public RuleCaseExpectation Verwacht { get; set; } = new();
}

public sealed class RuleCaseTrajectory
{
    public string Start { get; set; } = string.Empty;

    public string Niveau { get; set; } = string.Empty;

    public string Contractvorm { get; set; } = "gecontracteerd";

    public decimal? Prijs { get; set; }

    public int? LooptijdMaanden { get; set; }

    public string? Geboortedatum { get; set; }

    public int? Huisvestingsjaar { get; set; }

    public string? Gemeente { get; set; }
}

public sealed class RuleCaseStarters
{
    public int Jaar { get; set; }

    public string Niveau { get; set; } = string.Empty;

    public long Aantal { get; set; }

    public string Contractvorm { get; set; } = "gecontracteerd";

    public decimal? Prijs { get; set; }

    public int? Huisvestingsjaar { get; set; }

    public string? Gemeente { get; set; }
}

/// <summary>What a forecast case expects of one year; only the figures named are checked.</summary>
public sealed class RuleCaseForecastYear
{
    public Dictionary<string, decimal>? Kosten { get; set; }

    public Dictionary<string, decimal>? Inkomsten { get; set; }

    public decimal? Voorgefinancierd { get; set; }

    public decimal? Tekort { get; set; }

    public decimal? CumulatiefTekort { get; set; }

    public decimal? Dekkingsgraad { get; set; }

    public bool GeenDekkingsgraad { get; set; }

    public Dictionary<string, decimal>? Verrekening { get; set; }

    public Dictionary<string, decimal>? Kas { get; set; }

    /// <summary>Per month (1-12) of the cash position: <c>ontvangen</c>, <c>verrekening</c>, <c>betaald</c>, <c>stand</c>.</summary>
    public Dictionary<int, Dictionary<string, decimal>>? KasMaanden { get; set; }
}

public sealed class RuleCaseOverride
{
    public string Regeling { get; set; } = string.Empty;

    public string Parameter { get; set; } = string.Empty;

    public int Jaar { get; set; }

    public string Waarde { get; set; } = string.Empty;
}

public sealed class RuleCaseExpectation
{
    public string? Fout { get; set; }

    public string? PeildatumInwoners { get; set; }

    public decimal? NietVerdeeld { get; set; }

    public decimal? Totaal { get; set; }

    public bool AlleenGenoemd { get; set; }

    public int? AantalRegels { get; set; }

    public long? TotaalAantal { get; set; }

    public decimal? BedragPerPersoon { get; set; }

    public Dictionary<string, object>? Regels { get; set; }

    public decimal? GegarandeerdePrijs { get; set; }

    public decimal? Regulier { get; set; }

    public decimal? PerPersoon { get; set; }

    public Dictionary<int, RuleCaseForecastYear>? Jaren { get; set; }

    /// <summary>For soort <c>prognose</c>: participants housed before the supplement's first year who start in it or later.</summary>
    public long? TussenDeRegelingen { get; set; }

    /// <summary>For soort <c>scenario</c>: national figures per year (euros or counts).</summary>
    public Dictionary<int, Dictionary<string, decimal>>? Kengetallen { get; set; }

    /// <summary>For soort <c>scenario</c>: per year and gemeente the amounts (euros) and counts of its line.</summary>
    public Dictionary<int, Dictionary<string, Dictionary<string, decimal>>>? Gemeenten { get; set; }
}
