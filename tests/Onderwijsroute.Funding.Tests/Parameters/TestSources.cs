using Onderwijsroute.Funding.Parameters;
using Onderwijsroute.Funding.Parameters.Sources;

namespace Onderwijsroute.Funding.Tests.Parameters;

/// <summary>A small sources register for loader tests: one source of each kind, and a primary one without a passage.</summary>
internal static class TestSources
{
    public const string Yaml = """
        sources:
          wet:
            title: Wet
            publisher: Staat
            date: 2024-01-01
            kind: primair
            passages: [{ at: art. 1, text: "honderd" }]
          wet-zonder-passage:
            title: Wet zonder passage
            publisher: Staat
            date: 2024
            kind: primair
          nieuws:
            title: Nieuws
            publisher: Krant
            consulted: 2026-11
            kind: secundair
            passages: [{ text: "tweehonderd" }]
          rapport:
            title: Rapport
            publisher: Bureau
            date: 2023
            kind: onderzoeksrapport
            passages: [{ at: §1, text: "driehonderd" }]
          model:
            title: Model
            publisher: Wij
            kind: eigen
        """;

    public static SourceRegister Register { get; } = SourceRegister.Load("bronnen-test.yaml", new StringReader(Yaml));

    public static ParameterCatalogue Load(string yaml) => ParameterCatalogue.Load(Register, [("test.yaml", new StringReader(yaml))]);
}
