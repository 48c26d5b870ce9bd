//! Reading a tccli or tccli-intl-en wheel: its spec entries, bounded in size, in total and in inflation,
//! no duplicate entries, and the version its file name and METADATA name.

use super::*;

pub(super) fn read_wheel(path: &Path) -> Result<Source, Failure> {
    let file =
        fs::File::open(path).map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| {
        Failure::input(format!(
            "{}: not a zip archive (wheel): {e}",
            path.display()
        ))
    })?;

    // A wheel has exactly one `<name>-<version>.dist-info/METADATA`.
    let metadata_name = zip
        .file_names()
        .find(|n| {
            n.split_once('/')
                .is_some_and(|(dir, rest)| dir.ends_with(".dist-info") && rest == "METADATA")
        })
        .map(str::to_string)
        .ok_or_else(|| {
            Failure::input(format!(
                "{}: not a wheel: no *.dist-info/METADATA in the archive",
                path.display()
            ))
        })?;
    let metadata = read_zip_entry(&mut zip, &metadata_name, path)?;
    let (name, version) = parse_metadata(&metadata);
    let Some(channel) = name.as_deref().and_then(Channel::from_package) else {
        return Err(Failure::input(format!(
            "{}: not a tccli or tccli-intl-en wheel (METADATA Name is {})",
            path.display(),
            name.as_deref().unwrap_or("missing")
        )));
    };
    // pip refuses a wheel whose name and metadata disagree, and so do we: a
    // `tccli-…whl` holding tccli-intl-en would land in the other channel.
    let dist_info_package = metadata_name
        .split_once('/')
        .and_then(|(dir, _)| dir.strip_suffix(".dist-info"))
        .map(|d| d.rsplit_once('-').map_or(d, |(p, _)| p).to_string());
    for (what, named) in [
        ("file name", file_name_package(path)),
        (".dist-info directory", dist_info_package),
    ] {
        if let Some(named) = named
            && Channel::from_package(&named) != Some(channel)
        {
            return Err(Failure::input(format!(
                "{}: the wheel's {what} names package {named} but its METADATA names {}: refused (pip refuses such wheels)",
                path.display(),
                channel.package()
            )));
        }
    }

    if let Some(declared) = central_directory_entries(path)
        && declared > zip.len()
    {
        return Err(Failure::input(format!(
            "{}: the archive lists {declared} entries but only {} distinct names: duplicate entries (which one is meant?)",
            path.display(),
            zip.len()
        )));
    }
    let mut files = SpecFiles::new();
    let mut total = 0u64;
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    for name in names {
        let parts: Vec<&str> = name.split('/').collect();
        if let ["tccli", "services", service, version, file] = parts.as_slice()
            && let Some(rel) = spec_rel_path(service, version, file)
        {
            let bytes = read_zip_entry(&mut zip, &name, path)?;
            total += bytes.len() as u64;
            if total > MAX_TOTAL {
                return Err(Failure::input(format!(
                    "{}: the spec files add up to more than {MAX_TOTAL} bytes",
                    path.display()
                )));
            }
            check_json(&bytes, &format!("{}: {name}", path.display()))?;
            files.insert(rel, bytes);
        }
    }
    check_nonempty(&files, path)?;
    // pip refuses a wheel whose name and metadata disagree; which one would be meant?
    let dist_info_version = metadata_name
        .split_once('/')
        .and_then(|(dir, _)| dir.strip_suffix(".dist-info"))
        .and_then(|d| d.rsplit_once('-'))
        .map(|(_, v)| v.to_string());
    for (what, named) in [
        ("file name", file_name_version(path)),
        (".dist-info directory", dist_info_version),
    ] {
        if let (Some(named), Some(meta)) = (named, &version)
            && named != *meta
        {
            return Err(Failure::input(format!(
                "{}: the wheel's {what} says version {named} but its METADATA says {meta}: refused (pip refuses such wheels)",
                path.display()
            )));
        }
    }
    Ok(Source {
        release: version,
        channel: Some(channel),
        files,
    })
}

fn read_zip_entry<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    path: &Path,
) -> Result<Vec<u8>, Failure> {
    let entry = zip
        .by_name(name)
        .map_err(|e| Failure::input(format!("{}: {name}: {e}", path.display())))?;
    let (size, packed) = (entry.size(), entry.compressed_size());
    if size > MAX_FILE {
        return Err(Failure::input(format!(
            "{}: {name}: declares {size} bytes, more than the {MAX_FILE} a spec file may have",
            path.display()
        )));
    }
    if size > 1024 * 1024 && size / packed.max(1) > MAX_RATIO {
        return Err(Failure::input(format!(
            "{}: {name}: inflates {size} bytes from {packed} (over {MAX_RATIO}:1): refused as a zip bomb",
            path.display()
        )));
    }
    // The declared size is only a claim: read at most one byte past the cap.
    let mut buf = Vec::with_capacity(size.min(MAX_FILE) as usize);
    entry
        .take(MAX_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Failure::input(format!("{}: {name}: corrupt entry: {e}", path.display())))?;
    if buf.len() as u64 > MAX_FILE || buf.len() as u64 != size {
        return Err(Failure::input(format!(
            "{}: {name}: {} bytes inflated where {size} were declared",
            path.display(),
            buf.len()
        )));
    }
    Ok(buf)
}

/// The entry count of the zip's end-of-central-directory record, which counts
/// duplicate names that the zip reader folds into one. `None` for zip64 or when
/// the record cannot be read (the zip reader has checked the archive by then).
fn central_directory_entries(path: &Path) -> Option<usize> {
    use std::io::SeekFrom;
    let mut f = fs::File::open(path).ok()?;
    let len = f.seek(SeekFrom::End(0)).ok()?;
    let tail = len.min(22 + 65_535);
    f.seek(SeekFrom::Start(len - tail)).ok()?;
    let mut buf = Vec::with_capacity(tail as usize);
    f.take(tail).read_to_end(&mut buf).ok()?;
    let at = buf
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x05, 0x06])?;
    let total = u16::from_le_bytes([*buf.get(at + 10)?, *buf.get(at + 11)?]);
    (total != u16::MAX).then_some(usize::from(total))
}
