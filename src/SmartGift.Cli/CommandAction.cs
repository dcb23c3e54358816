namespace SmartGift.Cli;

/// <summary>Every command's failures become a message and an exit code here, in one place.</summary>
internal sealed class CommandAction(GlobalOptions options, CancellationToken cancellation, Func<string?>? stoppedBy = null)
{
    public Command Runs(Command command, Func<ParseResult, CommandContext, Task<int>> body)
    {
        command.SetAction(async (parse, token) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, token);
            using var context = new CommandContext(parse, options, linked.Token, stoppedBy);
            try
            {
                return await body(parse, context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CliException || e is IOException || e is UnauthorizedAccessException)
            {
                context.Warn("error: " + e.Message);
                return (e as CliException)?.ExitCode ?? ExitCodes.UsageError;
            }
            catch (SmartGiftException e)
            {
                context.Warn("error: " + e.Error.Kind + ": " + e.Error.Message);
                return ExitCodes.ForError(e.Error.Kind);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                context.Warn(context.StoppedNote.TrimEnd());
                return ExitCodes.Cancelled;
            }
        });
        return command;
    }
}
