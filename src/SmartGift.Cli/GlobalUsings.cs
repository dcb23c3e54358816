// The namespaces most CLI files use, once, instead of at the top of every file.
global using System;
global using System.Collections.Generic;
global using System.CommandLine;
global using System.Globalization;
global using System.IO;
global using System.Linq;
global using System.Text;
global using System.Threading;
global using System.Threading.Tasks;
