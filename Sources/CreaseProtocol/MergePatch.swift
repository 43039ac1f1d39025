/// JSON Merge Patch, RFC 7386: how every `delta` describes a change to a match's state.
public enum MergePatch {
    /// Applies `patch` to `target` exactly as RFC 7386 §2 specifies.
    ///
    /// A non-object patch replaces the target; in an object patch, `null` removes a member
    /// and any other value is merged recursively. `target` nil means "no document yet".
    public static func apply(_ patch: JSONValue, to target: JSONValue?) -> JSONValue {
        guard case .object(let patchMembers) = patch else { return patch }
        var result: [String: JSONValue]
        if case .object(let members)? = target {
            result = members
        } else {
            result = [:]
        }
        for (key, value) in patchMembers {
            if case .null = value {
                result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key])
            }
        }
        return .object(result)
    }

    /// One patch with the effect of applying `first` then `second`, when one exists.
    ///
    /// For every document `d`: `apply(compose(a, b)!, to: d) == apply(b, to: apply(a, to: d))`.
    /// Merge patches are not closed under composition: when `first` replaces a member (or the
    /// whole document) with a non-object and `second` then merges an object into it, the
    /// result depends on members of `d` that no merge patch can name, and this returns nil.
    public static func compose(_ first: JSONValue, _ second: JSONValue) -> JSONValue? {
        guard case .object(let secondMembers) = second else { return second }
        guard case .object(var result) = first else {
            // `first` replaces the document with a non-object, so `second` merges into {}.
            // The composite is a constant document: a patch only if that constant is not an
            // object (an object patch would merge into `d` instead of replacing it).
            // No ternary with a `nil` branch here: JSONValue is ExpressibleByNilLiteral, so
            // `cond ? constant : nil` types the `nil` as `JSONValue.null` and returns `.some(.null)`.
            let constant = apply(second, to: first)
            guard constant.objectValue == nil else { return nil }
            return constant
        }
        for (key, value) in secondMembers {
            guard case .object = value else {
                result[key] = value  // null deletes, scalars and arrays replace: last write wins.
                continue
            }
            switch result[key] {
            case nil:
                result[key] = value  // `first` left the member alone: `second` still merges.
            case .object(let earlier)?:
                guard let composed = compose(.object(earlier), value) else { return nil }
                result[key] = composed
            case .some:
                return nil  // `first` set a scalar or deleted it; see the note above.
            }
        }
        return .object(result)
    }
}
