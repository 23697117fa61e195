import { exerciseShard, describeExercise } from "./support/exercise-suite";

for (const id of exerciseShard(0, 2)) describeExercise(id);
