namespace Onderwijsroute.Funding.Forecasts;

/// <summary>How a traject is bought (Dutch: <em>contractvorm</em>).</summary>
public enum ContractForm
{
    /// <summary>Under a regional contract (<c>gecontracteerd</c>).</summary>
    Contracted,

    /// <summary>Individually from a provider elsewhere (<c>maatwerk</c>): usually more travel.</summary>
    Custom,
}
