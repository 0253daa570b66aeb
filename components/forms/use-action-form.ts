"use client";

import { useEffect, useState, useTransition, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/server/action-result";
import type { StaleDetails } from "@/lib/errors/app-error";
import { createRowAwareResolver } from "./defer-blank-row-errors";

/**
 * react-hook-form with the action's own zod schema, the action called in a
 * transition, and the server's answer mapped back: field errors onto fields,
 * the message into `serverError`, a stale save into `stale`. Fields are
 * checked when left and then as they change (onTouched); blank cells of a list
 * row wait for the submit (deferBlankRowErrors).
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(opts: {
  schema: S;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
}) {
  const [rows] = useState(() => createRowAwareResolver(zodResolver(opts.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>));
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: rows.resolver, defaultValues: opts.defaultValues, mode: "onTouched" });
  const { getFieldState } = form;
  useEffect(() => rows.connect((name) => getFieldState(name as Path<z.input<S>>)), [rows, getFieldState]);
  const [pending, startTransition] = useTransition();
  const [serverError, setServerError] = useState<string | null>(null);
  const [stale, setStale] = useState<StaleDetails | null>(null);

  const handle = form.handleSubmit((values) => {
    setServerError(null);
    setStale(null);
    startTransition(async () => {
      const result = await opts.action(values as z.input<S>);
      if (result.ok) {
        form.reset(form.getValues());
        opts.onSuccess?.(result.data);
        return;
      }
      setServerError(result.error);
      if (result.stale) setStale(result.stale);
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        form.setError(field as Path<z.input<S>>, { type: "server", message });
      }
    });
  });

  const submit = (event?: BaseSyntheticEvent) => rows.whileSubmitting(() => handle(event));

  return { form, submit, pending, serverError, stale, setStale };
}
