using System.CommandLine;

namespace MemoryBench.Cli.Commands;

/// <summary>
/// Options that take several files or folders after one name (<c>--current results/shard-*</c>, as a shell expands a
/// glob). System.CommandLine gives such an option every token up to the next known option, so a mistyped option
/// after the paths would be read as one and reported as a missing file; it is reported as the unknown option it is.
/// </summary>
internal static class PathsOption
{
    public static Option<string[]> RejectingUnknownOptions(Option<string[]> option)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                // A path may start with a dash; only one that does not exist is taken for an option.
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}'");
                }
            }
        });
        return option;
    }
}
