namespace MemoryBench.RunFolders;

/// <summary>One entry of a run folder, as a survey found it: links are entries of their own and never entered.</summary>
/// <param name="Path">Relative to the run folder, with '/' between folders.</param>
/// <param name="Kind">A regular file, a symbolic link, or anything else (a device, a pipe, a socket).</param>
/// <param name="Bytes">A regular file's length; 0 for the others.</param>
/// <param name="Modified">Its last write time.</param>
internal sealed record FolderEntry(string Path, EntryKind Kind, long Bytes, DateTimeOffset Modified)
{
    /// <summary>True when this is the regular file <paramref name="written"/> describes, unchanged since.</summary>
    public bool IsAsWritten(WrittenFile written) =>
        Kind == EntryKind.File && Path == written.Path && Bytes == written.Bytes && Modified == written.Modified;
}

/// <summary>What a folder entry is.</summary>
internal enum EntryKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A symbolic link (or junction), to a file or a folder: never removed, never entered.</summary>
    Link,

    /// <summary>A device, a named pipe or a socket.</summary>
    Other,
}
