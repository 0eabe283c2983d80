-- options: { allow: [ mood ] }
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
CREATE TYPE "Mood" AS ENUM ('up', 'down'); -- expect: types/no-enum public.Mood "ENUM type public.Mood is prohibited"
CREATE TABLE app.t_diary (
    mood app.mood,
    feeling "Mood" NOT NULL, -- expect: types/no-enum app.t_diary.feeling
    history public."Mood"[] -- expect: types/no-enum app.t_diary.history
);
