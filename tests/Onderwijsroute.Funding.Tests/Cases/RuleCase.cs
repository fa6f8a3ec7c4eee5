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

    public RuleCaseExpectation Verwacht { get; set; } = new();
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
}
