// A code input with suggestions from /api/actors (a native datalist: keyboard-accessible, no library).
import { useEffect, useState } from "preact/hooks";
import { getJson, type ApiTypes } from "../api.js";

export function ActorPicker({ id, label, value, onInput }: { id: string; label: string; value: string; onInput(v: string): void }) {
  const [options, setOptions] = useState<ApiTypes["actors"]["actors"]>([]);
  useEffect(() => {
    const q = value.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getJson<ApiTypes["actors"]>(`/api/actors?q=${encodeURIComponent(q)}&limit=15`, controller.signal).then(
        (r) => setOptions(r.actors),
        () => setOptions([]),
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);
  return (
    <label class="picker" for={id}>
      <span>{label}</span>
      <input
        id={id}
        list={`${id}-options`}
        value={value}
        autocomplete="off"
        spellcheck={false}
        placeholder="code, e.g. IRN"
        onInput={(e) => onInput((e.target as HTMLInputElement).value.toUpperCase())}
      />
      <datalist id={`${id}-options`}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </datalist>
    </label>
  );
}
