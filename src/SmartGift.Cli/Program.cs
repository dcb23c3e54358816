// CONTRACT placeholder: the CLI work replaces this file.
System.Console.WriteLine("smartgift: not built yet");
