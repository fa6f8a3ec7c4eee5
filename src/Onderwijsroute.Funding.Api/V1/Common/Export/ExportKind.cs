namespace Onderwijsroute.Funding.Api.V1.Common.Export;

/// <summary>How a value is shown in a workbook (CSV writes every number plainly).</summary>
internal enum ExportKind
{
    /// <summary>Text, or a number shown as it is (a year, a code).</summary>
    Text,

    /// <summary>A whole number (a count, a month).</summary>
    Whole,

    /// <summary>An amount in euros.</summary>
    Euro,

    /// <summary>A ratio shown as a percentage.</summary>
    Ratio,

    /// <summary>A number shown with its decimals (a coefficient).</summary>
    Decimal,
}
