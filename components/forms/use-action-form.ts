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
 * checked on save and then as they change; blank cells of a list row that is
 * added after a save wait for the next save (deferBlankRowErrors).
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(opts: {
  schema: S;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
}) {
  const [rows] = useState(() =>
    createRowAwareResolver(zodResolver(opts.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>),
  );
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: rows.resolver,
    defaultValues: opts.defaultValues,
    // Checked on save, then as the user corrects: an error appearing when a field is left would
    // move the page under the pointer and swallow the click on the button below (issue 10).
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The error summary takes focus after a failed save (GOV.UK); its links lead to each field.
    shouldFocusError: false,
  });
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
