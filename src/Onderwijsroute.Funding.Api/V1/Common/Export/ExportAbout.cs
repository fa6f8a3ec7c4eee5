using NodaTime;
using NodaTime.Text;

namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>
/// The first block of every export, so a file on its own says what it is: its subject (gemeente, scenario, runs),
/// its input, the parameter version and the version of the model that computed it, when, and where the API has it.
/// </summary>
internal sealed class ExportAbout
{
    private readonly List<KeyValuePair<string, string>> _lines = [];

    /// <summary>Starts the block with what the export is.</summary>
    /// <param name="content">What it holds, e.g. "Prognose van gemeente GM0014 Groningen".</param>
    public ExportAbout(string content) => Add("Inhoud", content);

    /// <summary>The block as label and value lines.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Lines => _lines;

    /// <summary>Adds a line.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    public ExportAbout Add(string label, string value)
    {
        _lines.Add(new(label, value));
        return this;
    }

    /// <summary>Adds when it was computed, in UTC (ISO 8601).</summary>
    /// <param name="at">When.</param>
    public ExportAbout At(Instant at) => Add("Berekend op", InstantPattern.General.Format(at));

    /// <summary>Adds the versions that produced it: parameters, model and API.</summary>
    /// <param name="parameterVersion">The parameter version.</param>
    /// <param name="engine">The model and its version, e.g. "ScenarioEngine 1.0.0".</param>
    public ExportAbout Versions(string parameterVersion, string engine) =>
        Add("Parameterversie", parameterVersion).Add("Rekenmodel", engine).Add("API-versie", Http.ApiInfo.Version);

    /// <summary>Adds the input as JSON (whole in a CSV; a workbook cell holds at most 32,767 characters, <see cref="ExportWorkbook"/>).</summary>
    /// <param name="json">The input.</param>
    public ExportAbout Input(string json) => Add("Invoer", json);

    /// <summary>The version of the calculator library, the model of forecasts and calculations.</summary>
    public static string Library { get; } = "Onderwijsroute.Funding " + typeof(Money).Assembly.GetName().Version!.ToString(3);
}
