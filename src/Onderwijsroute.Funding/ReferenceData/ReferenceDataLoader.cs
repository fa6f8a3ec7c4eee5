using CsvHelper;
using NodaTime.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Onderwijsroute.Funding.ReferenceData;

/// <summary>Reads the reference data files embedded in this assembly and checks that they agree with each other.</summary>
internal static class ReferenceDataLoader
{
    private const string InhabitantsPrefix = "inwoners_";
    private static readonly LocalDatePattern ColumnDatePattern = LocalDatePattern.CreateWithInvariantCulture("yyyy'_'MM'_'dd");

    public static ReferenceDataSet LoadEmbedded()
    {
        var metadata = ReadMetadata(Open("indeling.yaml"));
        var (municipalities, inhabitants) = ReadMunicipalities(Open("gemeenten-2023.csv"));
        var regions = ReadRegions(Open("arbeidsmarktregios.csv"), municipalities);
        var offers = ReadOffers(Open("aanbod-onderwijsroute-2023.csv"), regions, metadata.OfferReferenceDate);
        return new ReferenceDataSet(metadata, municipalities, regions, offers, inhabitants);
    }

    private static StreamReader Open(string fileName) => EmbeddedFiles.Open("ReferenceData/", fileName);

    /// <summary>A CSV reader past the header row: every table here is read by column name.</summary>
    private static CsvReader CsvWithHeader(TextReader reader)
    {
        var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        return csv;
    }

    private static ReferenceDataMetadata ReadMetadata(TextReader reader)
    {
        using (reader)
        {
            var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<MetadataFile>(reader);
            return new ReferenceDataMetadata(
                file.GemeentelijkeIndeling,
                file.GeldigVanJaar,
                file.GeldigTotEnMetJaar,
                LocalDatePattern.Iso.Parse(file.PeildatumAanbod).Value,
                file.Bronnen);
        }
    }

    private static (List<Municipality>, Dictionary<LocalDate, long[]>) ReadMunicipalities(TextReader reader)
    {
        using var csv = CsvWithHeader(reader);
        var dateColumns = csv.HeaderRecord!
            .Where(h => h.StartsWith(InhabitantsPrefix, StringComparison.Ordinal))
            .Select(h => (Column: h, Date: ColumnDatePattern.Parse(h[InhabitantsPrefix.Length..]).Value))
            .ToArray();
        var municipalities = new List<Municipality>();
        var figures = dateColumns.ToDictionary(c => c.Date, _ => new List<long>());
        while (csv.Read())
        {
            municipalities.Add(new Municipality(
                MunicipalityCode.Parse(csv.GetField("code")!),
                csv.GetField("naam")!,
                csv.GetField("provincie_code")!,
                csv.GetField("provincie")!,
                RegionCode.Parse(csv.GetField("arbeidsmarktregio_code")!)));
            foreach (var (column, date) in dateColumns)
            {
                figures[date].Add(long.Parse(csv.GetField(column)!, NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        // Align the figures with the code order of ReferenceDataSet.Municipalities.
        var order = municipalities.Select((m, i) => (m.Code, i)).OrderBy(p => p.Code).Select(p => p.i).ToArray();
        var inhabitants = figures.ToDictionary(f => f.Key, f => order.Select(i => f.Value[i]).ToArray());
        if (municipalities.Select(m => m.Code).Distinct().Count() != municipalities.Count)
        {
            throw new InvalidDataException("gemeenten-2023.csv lists a gemeente code twice.");
        }

        return (municipalities, inhabitants);
    }

    private static List<LabourMarketRegion> ReadRegions(TextReader reader, List<Municipality> municipalities)
    {
        using var csv = CsvWithHeader(reader);
        var regions = new List<LabourMarketRegion>();
        while (csv.Read())
        {
            var code = RegionCode.Parse(csv.GetField("code")!);
            var central = MunicipalityCode.Parse(csv.GetField("centrumgemeente_code")!);
            var members = municipalities.Where(m => m.RegionCode == code).Select(m => m.Code).Order().ToArray();
            if (!members.Contains(central))
            {
                throw new InvalidDataException($"Centrumgemeente {central} of {code} is not one of its member gemeenten.");
            }

            regions.Add(new LabourMarketRegion(code, csv.GetField("naam")!, central, csv.GetField("centrumgemeente_bron")!, members));
        }

        var unknown = municipalities.FirstOrDefault(m => regions.All(r => r.Code != m.RegionCode));
        if (unknown is not null)
        {
            throw new InvalidDataException($"Gemeente {unknown.Code} belongs to unknown region {unknown.RegionCode}.");
        }

        return regions;
    }

    private static List<EducationRouteOffer> ReadOffers(TextReader reader, List<LabourMarketRegion> regions, LocalDate referenceDate)
    {
        using var csv = CsvWithHeader(reader);
        var offers = new List<EducationRouteOffer>();
        while (csv.Read())
        {
            var region = RegionCode.Parse(csv.GetField("arbeidsmarktregio_code")!);
            if (regions.All(r => r.Code != region))
            {
                throw new InvalidDataException($"The offer table names unknown region {region}.");
            }

            var remark = csv.GetField("toelichting");
            offers.Add(new EducationRouteOffer(
                region,
                csv.GetField("arbeidsmarktregio_naam_in_rapport")!,
                referenceDate,
                EducationRouteOffer.ParseDutch(csv.GetField("mbo")!),
                EducationRouteOffer.ParseDutch(csv.GetField("hbo")!),
                EducationRouteOffer.ParseDutch(csv.GetField("wo")!),
                string.IsNullOrWhiteSpace(remark) ? null : remark));
        }

        return offers;
    }

    private sealed class MetadataFile
    {
        public int GemeentelijkeIndeling { get; set; }

        public int GeldigVanJaar { get; set; }

        public int GeldigTotEnMetJaar { get; set; }

        public string PeildatumAanbod { get; set; } = string.Empty;

        public Dictionary<string, string> Bronnen { get; set; } = [];
    }
}
