namespace SmartGift.Cli;

/// <summary>Named connections: an operator serving several companies switches with --profile or SMARTGIFT_PROFILE.</summary>
internal static class ProfileCommand
{
    public static Command Create(CommandAction action)
    {
        var profile = new Command("profile", "Saved connections: service, site and where the key comes from (never the key itself, unless asked).")
        {
            Add(action), List(action), Remove(action),
        }.WithExamples(
            "smartgift profile add north --environment production --site 1 --key-env NORTH_SMARTGIFT_KEY",
            "smartgift profile add south --environment production --site 3 --key-command \"pass show smartgift/south\"",
            "smartgift profile list",
            "smartgift vouchers --profile south",
            "SMARTGIFT_PROFILE=north smartgift sale import sales.csv --journal north.journal.jsonl");
        return profile;
    }

    private static Command Add(CommandAction action)
    {
        var name = new Argument<string>("NAME") { Description = "The profile's name, e.g. the company." };
        var site = new Option<string?>("--site") { Description = "The site id for redemptions.", HelpName = "ID" };
        var keyEnv = new Option<string?>("--key-env") { Description = "Take the key from this environment variable.", HelpName = "VARIABLE" };
        var keyCommand = new Option<string?>("--key-command") { Description = "Take the key from the first line this command prints (a password manager, a vault CLI).", HelpName = "COMMAND" };
        var keyStdin = new Option<bool>("--key-stdin") { Description = "Read the key from standard input's first line on every run." };
        var storeKey = new Option<bool>("--store-key") { Description = "Read the key now from standard input and store it in the profile in plain text (owner-only file). Prefer the other sources." };
        var command = new Command("add", "Save a profile (or replace one of the same name). --environment or --base-url says which service; exactly one key source.")
        {
            name, site, keyEnv, keyCommand, keyStdin, storeKey,
        }.WithExamples(
            "smartgift profile add north --environment production --site 1 --key-env NORTH_SMARTGIFT_KEY",
            "smartgift profile add south --base-url https://api.smartgift.example --site 3 --key-command \"secret-tool lookup smartgift south\"",
            "smartgift profile add test --base-url http://127.0.0.1:5080 --site 1 --key-stdin",
            "printf '%s\\n' \"$KEY\" | smartgift profile add lab --base-url http://127.0.0.1:5080 --store-key");
        return action.Runs(command, (parse, context) =>
        {
            var sources = new object?[] { parse.GetValue(keyEnv), parse.GetValue(keyCommand), parse.GetValue(keyStdin) ? "" : null, parse.GetValue(storeKey) ? "" : null };
            if (sources.Count(s => s != null) != 1)
                throw CliException.Usage("give exactly one key source: --key-env VARIABLE, --key-command COMMAND, --key-stdin, or --store-key.");

            var profileName = parse.GetValue(name)!;
            if (string.IsNullOrWhiteSpace(profileName)) throw CliException.Usage("the profile needs a name.");
            ProfileNames.CheckProfile(profileName, "NAME");
            if (parse.GetValue(keyEnv) is string variable) ProfileNames.CheckVariable(variable, "--key-env");
            if (parse.GetValue(keyCommand) is string keyCommandText && keyCommandText.Any(c => c != '\t' && VisibleText.NeedsEscape(c)))
                throw CliException.Usage("--key-command holds a control character or line break; give one command line.");
            var saved = new Profile
            {
                BaseUrl = parse.GetValue(context.Options.BaseUrl),
                Environment = parse.GetValue(context.Options.Environment),
                SiteId = parse.GetValue(site),
                KeyEnvironmentVariable = parse.GetValue(keyEnv),
                KeyCommand = parse.GetValue(keyCommand),
                KeyFromStdin = parse.GetValue(keyStdin),
            };
            // Checked now, so a typo is found when the profile is made, not in the night's run.
            ServiceAddress.Resolve(saved.BaseUrl, saved.Environment ?? "production");
            if (parse.GetValue(storeKey))
            {
                var line = Console.In.ReadLine();
                if (string.IsNullOrWhiteSpace(line)) throw CliException.Usage("--store-key reads the key from standard input, and its first line is empty.");
                ApiKeySource.Parse(line!, "for profile '" + profileName + "' (--store-key)"); // refused now, not at the night's run
                saved.StoredKey = line!.Trim();
                context.Warn("warning: the key of profile '" + profileName + "' is stored in plain text in a file only you can read; prefer --key-env or --key-command.");
            }

            var store = ProfileStore.Default();
            var profiles = store.Load();
            profiles[profileName] = saved;
            store.Save(profiles);
            context.Note("Saved profile '" + profileName + "' (" + saved.DescribeService() + ", site " + (saved.SiteId ?? "none") + ", key from " + saved.DescribeKeySource() + ") in " + store.Path + ".");
            return Task.FromResult(ExitCodes.Success);
        });
    }

    private static Command List(CommandAction action)
    {
        var command = new Command("list", "List the saved profiles (never a key: where it comes from, or masked).")
            .WithExamples("smartgift profile list", "smartgift profile list -o json");
        return action.Runs(command, (parse, context) =>
        {
            var store = ProfileStore.Default();
            var current = Environment.GetEnvironmentVariable(ProfileFile.ProfileVariable);
            context.Write(store.Load().Select(p => new OutputRecord()
                .Add("name", p.Key)
                .Add("service", p.Value.DescribeService())
                .Add("site_id", p.Value.SiteId)
                .Add("key_source", p.Value.DescribeKeySource())
                .Add("default", p.Key == current)));
            context.Note("Profiles file: " + store.Path);
            return Task.FromResult(ExitCodes.Success);
        });
    }

    private static Command Remove(CommandAction action)
    {
        var name = new Argument<string>("NAME") { Description = "The profile to remove." };
        var command = new Command("remove", "Remove a saved profile.") { name }
            .WithExamples("smartgift profile remove north");
        return action.Runs(command, (parse, context) =>
        {
            var store = ProfileStore.Default();
            var profiles = store.Load();
            var profileName = parse.GetValue(name)!;
            if (!profiles.Remove(profileName))
                throw CliException.Usage("there is no profile '" + profileName + "' in " + store.Path + "; `smartgift profile list` shows the saved ones.");
            store.Save(profiles);
            context.Note("Removed profile '" + profileName + "'.");
            return Task.FromResult(ExitCodes.Success);
        });
    }
}
