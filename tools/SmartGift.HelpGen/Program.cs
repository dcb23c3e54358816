namespace SmartGift.HelpGen;

/// <summary>helpgen &lt;docs/cmdlets folder&gt; &lt;output .dll-Help.xml&gt;: every *.md page becomes one MAML command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: SmartGift.HelpGen <markdown folder> <output Module.dll-Help.xml>");
            return 2;
        }
        var pages = Directory.GetFiles(args[0], "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(HelpPageReader.ReadFile).ToList();
        var bad = pages.Where(p => p.Name.Length == 0 || p.Synopsis.Length == 0).ToList();
        if (pages.Count == 0 || bad.Count > 0)
        {
            Console.Error.WriteLine(pages.Count == 0 ? "helpgen: no pages in " + args[0] : "helpgen: pages without a name or synopsis in " + args[0]);
            return 1;
        }
        var output = Path.GetFullPath(args[1]);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        // Write to a temporary file and move it, so a reader never sees half a file.
        var temporary = output + "." + Guid.NewGuid().ToString("N") + ".tmp";
        MamlWriter.Write(pages).Save(temporary);
        File.Copy(temporary, output, overwrite: true);
        File.Delete(temporary);
        Console.WriteLine("helpgen: " + pages.Count + " commands -> " + output);
        return 0;
    }
}
