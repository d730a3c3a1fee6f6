using System.CommandLine;

namespace MemoryBench.Cli.Commands;

/// <summary>
/// Options that name files and folders. An empty value (<c>--baseline ""</c>, an unset variable in a script) names
/// nothing: it is reported as the bad input it is, before a command takes it for the current folder or fails on it.
/// Options that take several paths after one name (<c>--current results/shard-*</c>, as a shell expands a glob) get
/// every token up to the next known option from System.CommandLine, so a mistyped option after the paths would be read
/// as one and reported as a missing file; it is reported as the unknown option it is.
/// </summary>
internal static class PathOptions
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

    public static T NotEmpty<T>(T option)
        where T : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError($"{option.Name} expects a path, got an empty value{(token.Value.Length > 0 ? " (only spaces)" : "")}");
            }
        });
        return option;
    }
}
