using System.Runtime.CompilerServices;

namespace SmartGift.Cli;

/// <summary>The Examples section of each command's --help: what an operator copies first.</summary>
internal static class CommandExamples
{
    private static readonly ConditionalWeakTable<Command, IReadOnlyList<string>> Table = new ConditionalWeakTable<Command, IReadOnlyList<string>>();

    public static T WithExamples<T>(this T command, params string[] examples) where T : Command
    {
        Table.AddOrUpdate(command, examples);
        return command;
    }

    public static IReadOnlyList<string> Of(Command command) =>
        Table.TryGetValue(command, out var examples) ? examples : Array.Empty<string>();
}
