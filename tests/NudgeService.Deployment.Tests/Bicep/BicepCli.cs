using System.Diagnostics;
using System.Reflection;

namespace NudgeService.Deployment.Tests.Bicep;

/// <summary>The Bicep CLI restored from NuGet by this project's PackageDownload, run as a process.</summary>
public static class BicepCli
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>Bicep prints each warning and error as one line on standard error.</summary>
        public string Diagnostics => (Output + Errors).Trim();
    }

    private static readonly Lazy<string> Executable = new(Locate);

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable.Value}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, errors.Result);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepPath").Value
            ?? throw new InvalidOperationException("The test assembly does not say where the Bicep CLI is.");
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("This project downloads the linux-x64 build of the Bicep CLI.");
        if (!File.Exists(path)) throw new FileNotFoundException("Restore did not download the Bicep CLI.", path);
        // A package's files can be extracted without their execute bit, depending on the NuGet client.
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(path, mode | execute);
        return path;
    }
}
