namespace SmartGift.Cli;

/// <summary>Scripts that ask smartgift itself ([suggest] directive), so completions match the installed version.</summary>
internal static class CompletionCommand
{
    public static Command Create(CommandAction action)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh, fish or pwsh." };
        shell.CompletionSources.Add("bash", "zsh", "fish", "pwsh");
        var command = new Command("completion", "Print a shell completion script for bash, zsh, fish or pwsh.") { shell }
            .WithExamples(
                "source <(smartgift completion bash)                       # in ~/.bashrc",
                "smartgift completion zsh > \"${fpath[1]}/_smartgift\"       # then restart zsh",
                "smartgift completion fish > ~/.config/fish/completions/smartgift.fish",
                "smartgift completion pwsh | Out-String | Invoke-Expression  # in $PROFILE");
        return action.Runs(command, (parse, context) =>
        {
            var script = parse.GetValue(shell)!.ToLowerInvariant() switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                "fish" => Fish,
                "pwsh" or "powershell" => Pwsh,
                var other => throw CliException.Usage("no completion script for '" + other + "': use bash, zsh, fish or pwsh."),
            };
            Console.Out.Write(script.Replace("\r\n", "\n"));
            return Task.FromResult(ExitCodes.Success);
        });
    }

    private const string Bash = @"# smartgift completion for bash: source <(smartgift completion bash)
_smartgift_complete()
{
    local IFS=$'\n'
    local candidates
    candidates=$(smartgift ""[suggest:${COMP_POINT}]"" ""${COMP_LINE}"" 2>/dev/null)
    COMPREPLY=( $(compgen -W ""${candidates}"" -- ""${COMP_WORDS[COMP_CWORD]}"") )
}
complete -o default -F _smartgift_complete smartgift
";

    private const string Zsh = @"#compdef smartgift
# smartgift completion for zsh: smartgift completion zsh > ""${fpath[1]}/_smartgift""
_smartgift() {
    local -a candidates
    candidates=(""${(@f)$(smartgift ""[suggest:${CURSOR}]"" ""${BUFFER}"" 2>/dev/null)}"")
    compadd -a candidates
}
compdef _smartgift smartgift
";

    private const string Fish = @"# smartgift completion for fish: smartgift completion fish > ~/.config/fish/completions/smartgift.fish
function __smartgift_complete
    set -l line (commandline -cp)
    smartgift ""[suggest:""(string length -- ""$line"")""]"" ""$line"" 2>/dev/null
end
complete -c smartgift -f -a '(__smartgift_complete)'
";

    private const string Pwsh = @"# smartgift completion for PowerShell: smartgift completion pwsh | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName smartgift -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $line = $commandAst.ToString()
    $position = $cursorPosition - $commandAst.Extent.StartOffset
    smartgift ""[suggest:$position]"" ""$line"" 2>$null | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
";
}
