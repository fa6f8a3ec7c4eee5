using Onderwijsroute.Funding.LoadTest;

// Modes: load (default), crash-writers, crash-verify, integriteit. See README "Load and crash tests".
try
{
    var options = Options.Parse(args);
    return options.Mode switch
    {
        "load" => await LoadRun.RunAsync(options),
        "crash-writers" => await CrashModes.WritersAsync(options),
        "crash-verify" => await CrashModes.VerifyAsync(options),
        "integriteit" => CrashModes.Integrity(options),
        _ => throw new ArgumentException($"Unknown mode '{options.Mode}'; use load, crash-writers, crash-verify or integriteit."),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
