using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Security.Cryptography;
using System.Text;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Parameters;

/// <summary>
/// Every scheme's dated parameters with the sources register they cite, optionally with a scenario's overrides
/// (Dutch: <em>parametercatalogus</em>). Immutable. Its <see cref="Version"/> is a content hash that changes when any
/// value, citation, status, formula, reasoning, source in the register or override changes, so a result that records
/// it can be reproduced.
/// </summary>
public sealed class ParameterCatalogue
{
    private const string ResourcePrefix = "Schemes/";
    private static readonly Lazy<ParameterCatalogue> EmbeddedInstance = new(LoadEmbedded);

    private readonly Dictionary<string, SchemeDefinition> _schemes;

    // A catalogue is immutable, so a parameter resolved for a year is one shared entry: a forecast reads the same few
    // dozen values hundreds of times, and an explanation that collects them compares the same instances.
    private readonly ConcurrentDictionary<(string SchemeId, string Name, int Year), ResolvedParameter> _byYear = new();

    private ParameterCatalogue(SourceRegister sources, IReadOnlyList<SchemeDefinition> schemes)
    {
        Sources = sources;
        Schemes = new ReadOnlyCollection<SchemeDefinition>(schemes.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray());
        Overrides = [];
        _schemes = Schemes.ToDictionary(s => s.Id, StringComparer.Ordinal);
        FileVersion = Version = Hash(CanonicalFiles(sources, Schemes));
    }

    private ParameterCatalogue(ParameterCatalogue files, IReadOnlyList<ParameterOverride> overrides)
    {
        Sources = files.Sources;
        Schemes = files.Schemes;
        Overrides = overrides;
        _schemes = files._schemes;
        FileVersion = files.FileVersion;

        // The files' hash stands for their canonical text, so an override costs a hash of a few lines, not of every
        // value, passage and reasoning again (settlements with a budget override run this per request).
        Version = overrides.Count == 0 ? FileVersion : Hash(FileVersion + "\n" + CanonicalOverrides(overrides));
    }

    /// <summary>The parameter files carried by this library, loaded once.</summary>
    public static ParameterCatalogue Embedded => EmbeddedInstance.Value;

    /// <summary>The sources register the values cite.</summary>
    public SourceRegister Sources { get; }

    /// <summary>The schemes, ordered by id.</summary>
    public IReadOnlyList<SchemeDefinition> Schemes { get; }

    /// <summary>The overrides in force, in the order given.</summary>
    public IReadOnlyList<ParameterOverride> Overrides { get; }

    /// <summary>
    /// The parameter version: <c>sha256:</c> and the hex SHA-256 of the canonical files (register and parameters); with
    /// overrides, of the files' version and the canonical overrides.
    /// </summary>
    public string Version { get; }

    /// <summary>The version of the files alone (without overrides).</summary>
    private string FileVersion { get; }

    /// <summary>Loads parameter files that cite the embedded sources register.</summary>
    /// <param name="files">Each file's name and content.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ParameterLoadException">A file is invalid, or two files define the same scheme.</exception>
    public static ParameterCatalogue Load(IEnumerable<(string FileName, TextReader Content)> files) => Load(SourceRegister.Embedded, files);

    /// <summary>Loads parameter files that cite a given sources register.</summary>
    /// <param name="sources">The register.</param>
    /// <param name="files">Each file's name and content.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ParameterLoadException">A file is invalid, or two files define the same scheme.</exception>
    public static ParameterCatalogue Load(SourceRegister sources, IEnumerable<(string FileName, TextReader Content)> files)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(files);
        var schemes = new List<SchemeDefinition>();
        foreach (var (fileName, content) in files)
        {
            var scheme = ParameterFileLoader.Load(fileName, content, sources);
            if (schemes.Any(s => s.Id == scheme.Id))
            {
                throw new ParameterLoadException(fileName, $"scheme '{scheme.Id}' is defined twice");
            }

            schemes.Add(scheme);
        }

        return new ParameterCatalogue(sources, schemes);
    }

    /// <summary>The names of the parameter files embedded in this library.</summary>
    public static IReadOnlyList<string> EmbeddedFileNames() => EmbeddedFiles.Names(ResourcePrefix);

    /// <summary>Opens one embedded parameter file.</summary>
    /// <param name="fileName">A name from <see cref="EmbeddedFileNames"/>.</param>
    public static TextReader OpenEmbeddedFile(string fileName) => EmbeddedFiles.Open(ResourcePrefix, fileName);

    /// <summary>Finds a scheme.</summary>
    /// <param name="id">The scheme id.</param>
    /// <returns>The scheme, or <c>null</c>.</returns>
    public SchemeDefinition? FindScheme(string id) => _schemes.GetValueOrDefault(id);

    /// <summary>The largest amount an override may give (the contract's largest budget).</summary>
    public const decimal MaxOverrideEuros = 10_000_000_000m;

    /// <summary>
    /// The largest amount per person, traject or month an override may give (the contract's largest traject price):
    /// every euro parameter but a budget and the rounding unit is such an amount, and is multiplied by counts.
    /// </summary>
    public const decimal MaxOverrideEurosPerPerson = 1_000_000m;

    /// <summary>Checks overrides: each must name an existing scheme and parameter, carry a value of its unit (a rounding unit above 0, an amount within <see cref="MaxOverrideEuros"/>), and not overlap another override of the same parameter.</summary>
    /// <param name="overrides">The overrides.</param>
    /// <param name="pathOf">The JSON path of the override at a position, e.g. <c>overschrijvingen[2]</c>; its fields are named below it.</param>
    /// <returns>Every error; empty when <see cref="WithOverrides"/> accepts the overrides.</returns>
    public InputErrors CheckOverrides(IReadOnlyList<ParameterOverride> overrides, Func<int, string> pathOf)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(pathOf);
        var errors = new InputErrorsBuilder();
        for (var i = 0; i < overrides.Count; i++)
        {
            var o = overrides[i];
            var scheme = FindScheme(o.SchemeId);
            var parameter = scheme?.FindParameter(o.ParameterName);
            if (scheme is null)
            {
                errors.Add(pathOf(i) + ".regeling", $"Onbekende regeling '{o.SchemeId}'.");
            }
            else if (parameter is null)
            {
                errors.Add(pathOf(i) + ".parameter", $"Regeling '{o.SchemeId}' kent geen parameter '{o.ParameterName}'.");
            }
            else if (!ParameterValue.TryParse(parameter.Unit, o.Value, out var value, out var problem))
            {
                errors.Add(pathOf(i) + ".waarde", $"Ongeldige waarde voor '{o.ParameterName}' (eenheid {parameter.Unit.ToDutch()}): {problem}.");
            }
            else if (o.ParameterName == ParameterNames.RoundingUnit && value is { Unit: ParameterUnit.Euro } unit && unit.AsMoney().Cents <= 0)
            {
                // Every amount is a whole number of this unit: zero or less cannot be divided by.
                errors.Add(pathOf(i) + ".waarde", $"De afrondingseenheid moet groter dan 0 zijn, niet {o.Value}.");
            }
            else if (value is { Unit: ParameterUnit.Euro } amount && Math.Abs(amount.Number) > MaxOverrideEuros)
            {
                // Amounts times counts must stay within what money can hold.
                errors.Add(pathOf(i) + ".waarde", $"Een bedrag mag ten hoogste {DutchWhole(MaxOverrideEuros)} euro zijn, niet {o.Value}.");
            }
            else if (value is { Unit: ParameterUnit.Euro } perPerson && !IsTotalAmount(o.ParameterName) && Math.Abs(perPerson.Number) > MaxOverrideEurosPerPerson)
            {
                // Found by the generated-input test: €10 billion per person times a million starters overflowed.
                errors.Add(pathOf(i) + ".waarde", $"Een bedrag per persoon, traject of maand mag ten hoogste {DutchWhole(MaxOverrideEurosPerPerson)} euro zijn, niet {o.Value}.");
            }

            for (var j = 0; j < i; j++)
            {
                var other = overrides[j];
                if (other.SchemeId == o.SchemeId && other.ParameterName == o.ParameterName
                    && (other.Until is null || o.From <= other.Until) && (o.Until is null || other.From <= o.Until))
                {
                    errors.Add(pathOf(i), $"Overschrijft '{o.SchemeId}/{o.ParameterName}' in een periode die {pathOf(j)} al dekt.");
                    break;
                }
            }
        }

        return errors.ToErrors();
    }

    /// <summary>Whether a euro parameter is a total (a budget) or the rounding unit, rather than an amount per person.</summary>
    private static bool IsTotalAmount(string parameterName) =>
        parameterName is ParameterNames.Budget or ParameterNames.TotalBudget or ParameterNames.RoundingUnit;

    private static string DutchWhole(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A catalogue with these overrides in force (replacing any earlier ones).</summary>
    /// <param name="overrides">Overrides that <see cref="CheckOverrides"/> accepts.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An override is invalid: the caller did not check them first.</exception>
    public ParameterCatalogue WithOverrides(IReadOnlyList<ParameterOverride> overrides)
    {
        var errors = CheckOverrides(overrides, i => $"overschrijvingen[{i}]");
        if (!errors.IsEmpty)
        {
            throw new ArgumentException("Invalid overrides: " + errors, nameof(overrides));
        }

        // Store the canonical form of each value, so that 15000000 and 15000000.00 give the same version.
        var canonical = overrides.Select(o =>
        {
            ParameterValue.TryParse(FindScheme(o.SchemeId)!.FindParameter(o.ParameterName)!.Unit, o.Value, out var value, out _);
            return new ParameterOverride(o.SchemeId, o.ParameterName, o.From, o.Until, value!.ToString(), o.Reason);
        });
        return new ParameterCatalogue(this, canonical.ToArray());
    }

    /// <summary>The value of a parameter in force on a date, an override first.</summary>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="parameterName">The parameter.</param>
    /// <param name="date">The date.</param>
    /// <returns>The value with its status and source, or <c>null</c> when none is in force.</returns>
    /// <exception cref="KeyNotFoundException">The scheme or parameter does not exist (a bug in the caller).</exception>
    public ResolvedParameter? Resolve(string schemeId, string parameterName, LocalDate date)
    {
        var scheme = FindScheme(schemeId) ?? throw new KeyNotFoundException($"Unknown scheme '{schemeId}'.");
        var parameter = scheme.FindParameter(parameterName) ?? throw new KeyNotFoundException($"Scheme '{schemeId}' has no parameter '{parameterName}'.");
        // Index loops: this runs for every parameter a calculation reads, and an interface enumerator would allocate.
        for (var i = 0; i < Overrides.Count; i++)
        {
            var o = Overrides[i];
            if (o.SchemeId == schemeId && o.ParameterName == parameterName && date >= o.From && (o.Until is null || date <= o.Until))
            {
                ParameterValue.TryParse(parameter.Unit, o.Value, out var value, out _);
                return new ResolvedParameter(schemeId, parameterName, value!, ParameterStatus.Assumption, Array.Empty<Citation>(), null, "Scenario-overschrijving: " + o.Reason, o.From, o.Until, true);
            }
        }

        var dated = parameter.ValueOn(date);
        return dated is null ? null : new ResolvedParameter(schemeId, parameterName, dated.Value, dated.Status, dated.Citations, dated.Formula, dated.Reasoning, dated.From, dated.Until, false);
    }

    /// <summary>The value of a parameter for a budget year: the value in force on 1 January of that year.</summary>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="parameterName">The parameter.</param>
    /// <param name="year">The budget year.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No value is in force for that year: callers check the scheme's years first.</exception>
    public ResolvedParameter ForYear(string schemeId, string parameterName, int year)
    {
        if (_byYear.TryGetValue((schemeId, parameterName, year), out var kept))
        {
            return kept;
        }

        var resolved = Resolve(schemeId, parameterName, new LocalDate(year, 1, 1))
            ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"Parameter '{parameterName}' of scheme '{schemeId}' has no value for {year}.");
        return _byYear.GetOrAdd((schemeId, parameterName, year), resolved);
    }

    /// <summary>Every parameter of a scheme as it stood on a date (overrides included); parameters without a value then are left out.</summary>
    /// <param name="schemeId">The scheme.</param>
    /// <param name="date">The date.</param>
    public IReadOnlyList<ResolvedParameter> AsOf(string schemeId, LocalDate date)
    {
        var scheme = FindScheme(schemeId) ?? throw new KeyNotFoundException($"Unknown scheme '{schemeId}'.");
        return scheme.Parameters.Select(p => Resolve(schemeId, p.Name, date)).OfType<ResolvedParameter>().ToArray();
    }

    /// <summary>Every dated value (not the overrides) that cites a source.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <returns>The uses in scheme, parameter and date order; empty when nothing cites it.</returns>
    public IReadOnlyList<SourceUse> UsesOf(string sourceId) =>
        Schemes.SelectMany(scheme => scheme.Parameters.SelectMany(parameter => parameter.Values.SelectMany(value => value.Citations
            .Where(c => c.Source.Id == sourceId)
            .Select(c => new SourceUse(scheme.Id, parameter.Name, value, c))))).ToArray();

    private static ParameterCatalogue LoadEmbedded() =>
        Load(EmbeddedFileNames().Select(name => (name, OpenEmbeddedFile(name))));

    private static string CanonicalFiles(SourceRegister sources, IReadOnlyList<SchemeDefinition> schemes)
    {
        var canonical = new StringBuilder();
        foreach (var source in sources.Sources)
        {
            canonical.AppendJoin('\t', "source", source.Id, source.Kind.ToDutch(), source.Title, source.Publisher, source.Date ?? "-", source.Consulted ?? "-", source.Url ?? "-", source.Note ?? "-").Append('\n');
            foreach (var passage in source.Passages)
            {
                canonical.AppendJoin('\t', "passage", source.Id, passage.Location ?? "-", passage.Text).Append('\n');
            }
        }

        foreach (var scheme in schemes)
        {
            canonical.Append("scheme\t").Append(scheme.Id).Append('\t').Append(scheme.Kind.ToDutch()).Append('\t').Append(scheme.FirstYear).Append('\t').Append(scheme.LastYear).Append('\n');
            foreach (var parameter in scheme.Parameters)
            {
                foreach (var value in parameter.Values)
                {
                    canonical.AppendJoin('\t', "value", scheme.Id, parameter.Name, parameter.Unit.ToDutch(), Date(value.From), Date(value.Until), value.Value, value.Status.ToDutch(), string.Join("; ", value.Citations), value.Formula ?? "-", value.Reasoning ?? "-").Append('\n');
                }
            }
        }

        return canonical.ToString();
    }

    private static string CanonicalOverrides(IReadOnlyList<ParameterOverride> overrides)
    {
        var canonical = new StringBuilder();
        foreach (var o in overrides)
        {
            canonical.AppendJoin('\t', "override", o.SchemeId, o.ParameterName, Date(o.From), Date(o.Until), o.Value, o.Reason).Append('\n');
        }

        return canonical.ToString();
    }

    private static string Hash(string canonical) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    private static string Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
